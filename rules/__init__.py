"""The YAML rule packs shipped with smartlint (installed as ``smartlint.rules``)."""
