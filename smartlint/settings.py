"""Run settings: what the CLI options and the config file resolve to.

``smartlint.config`` builds this from ``.smartlint.yaml`` / ``pyproject.toml`` and
the command line; the engine only ever reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Client:
    """A client of ours whose name must not reach other clients."""

    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass
class Settings:
    today: date = field(default_factory=date.today)
    context: str = "auto"  # auto | normal | incident
    client: str | None = None  # the recipient
    clients: list[Client] = field(default_factory=list)
    packs: list[str] = field(default_factory=list)  # extra pack files
    select: list[str] = field(default_factory=list)  # rule ids or categories; empty = all
    ignore: list[str] = field(default_factory=list)
    severity_overrides: dict[str, str] = field(default_factory=dict)  # rule id or category -> severity
    disabled_rules: list[str] = field(default_factory=list)  # from config `rules:`
    fail_on: str = "warning"
    model: str | None = None  # None = embedded pipeline
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    jobs: int = 1
    cache: bool = True
    cache_dir: str | None = None
    debug: bool = False
    csv_column: str | None = None  # message column of CSV libraries: a name or a 1-based index; None = guess
    csv_header: bool | None = None  # CSV libraries: the first row is a header; None = detect
    library: "LibrarySettings" = field(default_factory=lambda: LibrarySettings())


# Key-name parts that mark a value as a subject/title or a label (the last part of a
# key path: ``mail.welcome.subject``, ``checkout.button``, ``field_placeholder``).
DEFAULT_KIND_NAMES: dict[str, str] = {
    "subject": "subject", "title": "subject", "heading": "subject", "header": "subject",
    "label": "label", "button": "label", "placeholder": "label", "name": "label",
    "tooltip": "label", "menu": "label", "tab": "label", "caption": "label", "field": "label",
    # Explanatory text of a field or block: it describes, it promises no next step.
    "description": "label", "hint": "label", "help": "label",
    # The body of a mail template: a letter to one reader.
    "body": "message",
    # A legal document: terms of service, a privacy notice, an agreement.  A word of
    # these names in ANY part of a key path makes its strings legal text
    # ("vendor_terms_text.customer_service_body", "privacy.markdown").
    "terms": "legal", "tos": "legal", "privacy": "legal", "legal": "legal",
    "agreement": "legal", "disclaimer": "legal", "gdpr": "legal", "voorwaarden": "legal",
    # a cookie or privacy policy ("cookies.your_rights.text_8", "policy.body")
    "cookie": "legal", "cookies": "legal", "policy": "legal",
}


@dataclass
class LibrarySettings:
    """How YAML/JSON/CSV/PO/XLIFF libraries are scoped (``library:`` in the config)."""

    include_keys: list[str] = field(default_factory=list)  # key globs; empty = every key
    exclude_keys: list[str] = field(default_factory=list)
    kinds: list[tuple[str, str]] = field(default_factory=list)  # (key glob, kind), first match wins
    kind_names: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_KIND_NAMES))  # {} = off
    messages: list[list[str]] = field(default_factory=list)  # sibling key names that form one message
    markup: str = "auto"  # auto | html | markdown | off
    plurals: bool = True  # plural forms of one string report a problem once
    fuzzy: bool = False  # lint fuzzy gettext entries too
    # Who sends the strings: "software" (the application shows or mails them to everyone;
    # rules speak only where the pack's `sources`/`scope.library` allow) or "agents"
    # (canned responses an agent sends as his own reply: read like drafts).
    sender: str = "software"
