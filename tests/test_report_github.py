"""The GitHub reporter: workflow commands with GitHub's escaping."""

from __future__ import annotations

import io

from cli_fakes import sample_result

from smartlint.report import ReportOptions
from smartlint.report.github import command, escape_data, escape_property, write


def render(result=None, **options) -> list[str]:
    out = io.StringIO()
    write(result or sample_result(), out, ReportOptions(**options))
    return out.getvalue().splitlines()


def test_one_annotation_per_finding_errors_first():
    # GitHub shows only a few annotations per level: input errors and error findings,
    # then warnings, then notices.
    lines = render()
    assert lines[0].startswith("::error file=drafts/logo.txt::")
    lines = lines[1:]
    assert lines[0].startswith("::error file=drafts/a.txt,line=4,col=4,endLine=4,endColumn=17,title=smartlint incident-cause::")
    assert lines[1] == (
        "::warning file=drafts/a.txt,line=3,col=12,endLine=3,endColumn=28,title=smartlint vague-zsm::"
        "'zo snel mogelijk' belooft niets toetsbaars.%0ASuggestie: Noem een dag en tijd."
    )
    assert lines[2].startswith("::notice file=lib/responses.json,line=1,col=30,")
    assert lines[2].endswith("%0A(refund.body)")


def test_message_data_is_escaped():
    line = render()[1]
    assert line.endswith("::Geen oorzaak, regel 1,%0Aregel 2: 50%25")
    assert "\n" not in line


def test_escaping_rules():
    assert escape_data("50% a\r\nb: c, d") == "50%25 a%0D%0Ab: c, d"
    assert escape_property("50% a\r\nb: c, d") == "50%25 a%0D%0Ab%3A c%2C d"
    assert command("warning", "m", file="a,b:c.txt", line=1) == "::warning file=a%2Cb%3Ac.txt,line=1::m"
    assert command("error", "m") == "::error::m"


def test_input_errors_become_error_annotations_and_summary_follows():
    lines = render()
    assert "::error file=drafts/logo.txt::drafts/logo.txt%3A binary file, not a text message" not in lines
    assert "::error file=drafts/logo.txt::drafts/logo.txt: binary file, not a text message" in lines
    assert lines[-1].startswith("Found 3 problems")
    assert not render(quiet=True)[-1].startswith("Found")


def test_input_errors_carry_line_and_column_when_known():
    from smartlint.errors import InputError
    from smartlint.report.github import error_command

    positioned = InputError("invalid JSON at line 3, column 7: Expecting ','", "lib/a.json", line=3, column=7)
    assert error_command(positioned).startswith("::error file=lib/a.json,line=3,col=7::lib/a.json")
    line_only = InputError("not a valid e-mail message (line 2 ...)", "a.eml", line=2)
    assert error_command(line_only).startswith("::error file=a.eml,line=2::")
    assert error_command(InputError("binary file", "b.txt")).startswith("::error file=b.txt::")


def test_invalid_json_file_is_annotated_at_its_position(tmp_path):
    from typer.testing import CliRunner

    from smartlint.cli import app

    bad = tmp_path / "lib.json"
    bad.write_text('{"a": "We bellen u.",\n  "b": }\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--no-cache", "--format", "github", str(bad)])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("::error")]
    assert len(errors) == 1 and ",line=2,col=8::" in errors[0], errors


def test_job_summary_when_github_names_a_file(tmp_path, monkeypatch):
    target = tmp_path / "summary.md"
    target.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(target))
    render()
    summary = target.read_text(encoding="utf-8")
    assert summary.startswith("earlier step\n## smartlint\n")  # appended, not overwritten
    assert "| error | 1 |" in summary and "| warning | 1 |" in summary and "| info | 1 |" in summary
    assert "| incident-explanation | `incident-cause` | 1 |" in summary
    assert "| `drafts/a.txt` | 2 |" in summary
    assert "```bash\nsmartlint " in summary and "--format github" not in summary


def test_no_job_summary_without_the_variable(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.chdir(tmp_path)
    render()
    assert list(tmp_path.iterdir()) == []
