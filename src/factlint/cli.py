"""The command line: factlint check | extract | rules."""
from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from . import __version__, baseline, claimfile, cluster, document, output, packs, ruletest, wikidata
from . import config as configuration
from .errors import UserError
from .extract import extract
from .progress import Progress
from .runner import Runner

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # exit 2 with one line, as for any other usage error
        raise UsageError(f"{self.prog}: {message}")


def _date(value: str) -> dt.date:
    parsed = document.parse_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)")
    return parsed


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="factlint", description="A linter for the numbers and dates in news copy.")
    p.add_argument("--version", action="version", version=f"factlint {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def rule_options(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument("--rules", action="append", default=[], metavar="DIR",
                         help="a folder (or file) of rule and fact packs, added to the shipped ones; repeatable")
        cmd.add_argument("--no-default-rules", action="store_true", help="leave the shipped packs out")

    check = sub.add_parser("check", help="check articles (or claim sets) and report findings")
    check.add_argument("paths", nargs="*", metavar="PATH", help="articles or folders; '-' reads standard input")
    rule_options(check)
    check.add_argument("--format", action="append", default=[], metavar="FMT[:PATH]",
                       help=f"report format ({', '.join(output.FORMATS)}), optionally with its own destination; repeatable")
    check.add_argument("-o", "--output", metavar="PATH", help="where formats without a destination go (default: standard output)")
    check.add_argument("--fail-on", choices=["error", "warning", "info", "never"],
                       help="exit 1 when a finding is at or above this severity (default: the configuration's, "
                            "else warning)")
    check.add_argument("--config", metavar="FILE", help="use this factlint.toml (or pyproject.toml) for every file")
    check.add_argument("--baseline", metavar="FILE", help="findings in this baseline are reported but fail no run")
    check.add_argument("--jobs", type=int, default=_cpus(), metavar="N",
                       help="processes to check files on (default: the CPUs this process may use; 1: in process)")
    check.add_argument("--diff", metavar="REF", help="report only findings on lines changed since this git ref")
    check.add_argument("--engine", choices=["local", "dask"], default="local",
                       help="local: processes on this machine (--jobs); dask: a Dask cluster (pip install 'factlint[dask]')")
    check.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: the scheduler to use "
                                                              "(default: a local cluster of --workers processes)")
    check.add_argument("--workers", type=int, metavar="N", help="with --engine dask: worker processes of the local "
                                                                "cluster (default: as --jobs)")
    check.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    check.add_argument("--corpus", action="store_true",
                       help="also report what the checked articles state differently from one another")
    check.add_argument("--against", nargs="+", default=[], metavar="SOURCE",
                       help="report the figures and dates the checked drafts state differently from these sources")

    base = sub.add_parser("baseline", help="write the current findings as a baseline for --baseline")
    base.add_argument("output", metavar="FILE")
    base.add_argument("paths", nargs="+", metavar="PATH")
    rule_options(base)
    base.add_argument("--date", type=_date, metavar="YYYY-MM-DD")
    base.add_argument("--config", metavar="FILE")
    base.add_argument("--stdin-filename", metavar="NAME")
    check.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="reference date, overriding each article's own")
    check.add_argument("--stdin-filename", metavar="NAME", help="the path to report for an article read from standard input")
    check.add_argument("--claims", action="append", default=[], metavar="FILE",
                       help="check a claim set (JSON) instead of extracting from an article; repeatable")

    ext = sub.add_parser("extract", help="write the claim set of one article as JSON")
    ext.add_argument("path", metavar="FILE")
    ext.add_argument("-o", "--output", metavar="PATH", help="where to write it (default: standard output)")
    ext.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="reference date, overriding the article's own")
    ext.add_argument("--stdin-filename", metavar="NAME")
    ext.add_argument("--stats", action="store_true",
                     help="print how many numbers and dates were read and which were left unread, and why")
    rule_options(ext)

    sub.add_parser("lsp", help="speak the Language Server Protocol on standard input and output")

    cfg = sub.add_parser("config", help="show the effective configuration")
    cfg_sub = cfg.add_subparsers(dest="action", required=True, parser_class=_Parser)
    cfg_show = cfg_sub.add_parser("show", help="the configuration that governs PATH (default: this folder)")
    cfg_show.add_argument("path", nargs="?", default=".", metavar="PATH")
    cfg_show.add_argument("--config", metavar="FILE")

    facts = sub.add_parser("facts", help="reference facts")
    facts_sub = facts.add_subparsers(dest="action", required=True, parser_class=_Parser)
    imp = facts_sub.add_parser("import", help="turn a Wikidata SPARQL JSON result into a fact pack")
    imp.add_argument("path", metavar="FILE")
    imp.add_argument("-o", "--output", metavar="PATH", help="where to write the pack (default: standard output)")

    rules = sub.add_parser("rules", help="list, show and test rules")
    rsub = rules.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for name, text in (("list", "list every rule"), ("test", "run every rule's examples")):
        rule_options(rsub.add_parser(name, help=text))
    show = rsub.add_parser("show", help="a rule's description, parameters and examples")
    show.add_argument("rule_id", metavar="ID")
    rule_options(show)
    return p


def main(argv: list[str] | None = None) -> int:
    try:
        args = parser().parse_args(argv)
        return {"check": cmd_check, "extract": cmd_extract, "rules": cmd_rules, "config": cmd_config,
                "facts": cmd_facts, "baseline": cmd_baseline, "lsp": cmd_lsp}[args.command](args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("factlint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_ERROR
    except Exception as exc:  # a bug of ours: say so, and never exit 0
        print(f"factlint: internal error: {type(exc).__name__}: {exc} (please report this)", file=sys.stderr)
        if os.environ.get("FACTLINT_DEBUG"):
            raise
        return EXIT_ERROR


def _say(error: UserError) -> None:
    print(error, file=sys.stderr)


def _load_packs(args) -> packs.Packs:
    loaded = packs.load(args.rules, defaults=not args.no_default_rules)
    for error in loaded.errors:
        _say(error)
    return loaded


def walk(paths: list[str]) -> Iterator[str]:
    """Files to check, one at a time (an archive's list is never held): named files as given, folders
    walked for article suffixes in sorted order."""
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                yield from (os.path.join(root, f) for f in sorted(files)
                            if f.lower().endswith(document.ARTICLE_SUFFIXES) and not f.startswith("."))
        else:
            yield path


def _read_article(path: str, args) -> document.Document:
    if path == "-":
        name = args.stdin_filename or "<stdin>"
        text = document.decode(name, sys.stdin.buffer.read())
        return document.from_text(text, path=name, date=args.date, kind=document.kind_for(name))
    if not Path(path).exists():
        raise UserError(path, "no such file or folder")
    return document.read(path, date=args.date)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _run(args, paths: list[str], claims_files: list[str] = (), keep_pages: bool = False,
         prepare=lambda runner: None) -> Runner:
    across = getattr(args, "corpus", False) or bool(getattr(args, "against", []))
    runner = Runner(args.rules, default_rules=not args.no_default_rules, config_path=args.config, date=args.date,
                    keep_pages=keep_pages, keep_statements=across)
    prepare(runner)
    if "-" in paths:
        try:
            doc = _read_article("-", args)
            runner.check(runner.extract(doc), where="-", doc=doc)
        except UserError as exc:
            runner.fail(exc)
    articles = (f for f in walk(paths) if f != "-")
    engine = getattr(args, "engine", "local")
    workers = (args.workers or args.jobs) if engine == "dask" else getattr(args, "jobs", 1)
    shown = not getattr(args, "quiet", True) and sys.stderr.isatty()
    progress = Progress(sum(1 for f in walk(paths) if f != "-") if shown else 0, enabled=shown)
    try:
        runner.check_files(articles, workers, engine, getattr(args, "scheduler", None), progress)
    except cluster.EngineError as exc:
        raise UsageError(f"factlint check: {exc}") from None
    for path in claims_files:
        try:
            claims = claimfile.read(path)
        except UserError as exc:
            runner.fail(exc)
            continue
        runner.check(claims, where=path)
    if across:
        runner.across(args.corpus, args.against)
    return runner


def cmd_check(args) -> int:
    formats = _formats(args)
    if not args.paths and not args.claims:
        raise UsageError("factlint check: give at least one PATH or --claims FILE")
    if args.engine != "dask" and (args.scheduler or args.workers):
        raise UsageError("factlint check: --scheduler and --workers go with --engine dask")
    known = set()
    if args.baseline:
        try:
            known = baseline.read(args.baseline)
        except UserError as exc:
            _say(exc)
            return EXIT_ERROR
    # jsonl goes out file by file as results come in; other formats need the whole report at the end
    streams = [output.Stream(destination) for fmt, destination in formats if fmt == "jsonl"]
    whole = [(fmt, destination) for fmt, destination in formats if fmt != "jsonl"]

    def prepare(runner: Runner) -> None:
        runner.diff_ref, runner.known, runner.fail_on = args.diff, known, args.fail_on
        runner.run.keep = bool(whole)
        if streams:
            runner.run.sink = lambda findings: [stream.findings(findings) for stream in streams]

    try:
        runner = _run(args, args.paths, args.claims, keep_pages=any(fmt == "html" for fmt, _ in whole),
                      prepare=prepare)
    except BaseException:
        for stream in streams:
            stream.abandon()
        raise
    for stream in streams:
        stream.close(runner.run.errors, runner.run.summary())
    if whole:
        report = runner.run.report()
        for fmt, destination in whole:
            output.write(output.render(report, fmt, runner.rules(), runner.pages), destination)
    if runner.run.errors:
        return EXIT_ERROR
    return EXIT_FINDINGS if runner.failed else EXIT_CLEAN


def cmd_baseline(args) -> int:
    runner = _run(args, args.paths)
    report = runner.run.report()
    output.write(baseline.write(report), args.output)
    print(f"wrote {len(report.findings)} finding(s) to {args.output}", file=sys.stderr)
    return EXIT_ERROR if report.errors else EXIT_CLEAN


def cmd_lsp(args) -> int:
    from . import lsp  # pygls loads only for the editor

    return lsp.main()


def cmd_facts(args) -> int:
    try:
        pack = wikidata.convert(args.path)
    except UserError as exc:
        _say(exc)
        return EXIT_ERROR
    output.write(pack, args.output)
    return EXIT_CLEAN


def cmd_config(args) -> int:
    try:
        found = args.config or configuration.find(args.path)
        config = configuration.load(found) if found else configuration.Config()
    except UserError as exc:
        _say(exc)
        return EXIT_ERROR
    print(configuration.show(config), end="")
    return EXIT_CLEAN


def _formats(args) -> list[tuple[str, str | None]]:
    out = []
    for spec in args.format or ["text"]:
        fmt, _, destination = spec.partition(":")
        if fmt not in output.FORMATS:
            raise UsageError(f"factlint check: unknown format '{fmt}' (known: {', '.join(output.FORMATS)})")
        out.append((fmt, destination or args.output))
    return out


def cmd_extract(args) -> int:
    loaded = _load_packs(args)
    try:
        claims = extract(_read_article(args.path, args), loaded.facts)
    except UserError as exc:
        _say(exc)
        return EXIT_ERROR
    if args.stats:
        print(_stats(claims), end="")
        if args.output:
            output.write(claimfile.write(claims), args.output)
    else:
        output.write(claimfile.write(claims), args.output)
    return EXIT_ERROR if loaded.errors else EXIT_CLEAN


def _stats(claims) -> str:
    from collections import Counter, defaultdict

    kinds = Counter(c.kind for c in claims.claims)
    read = kinds["quantity"] + kinds["temporal"] + kinds["weekday"]
    reasons: dict[str, list[str]] = defaultdict(list)
    for u in claims.unread:
        reasons[u.reason].append(f"{u.text!r} (line {u.span.line})")
    lines = [f"{claims.path}: {read + len(claims.unread)} numbers and dates in the prose; {read} read, "
             f"{len(claims.unread)} unread",
             "read: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))]
    for reason, items in sorted(reasons.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"unread, {reason}: {len(items)}: " + ", ".join(items[:5]) + (" ..." if len(items) > 5 else ""))
    return "\n".join(lines) + "\n"


def cmd_rules(args) -> int:
    loaded = _load_packs(args)
    status = EXIT_ERROR if loaded.errors else EXIT_CLEAN
    if args.action == "list":
        for rule in loaded.rules:
            state = "" if rule.enabled else " (disabled)"
            print(f"{rule.id:<24} {rule.kind:<16} {rule.severity:<8} {rule.where()}{state}")
    elif args.action == "show":
        rule = loaded.rule(args.rule_id)
        if rule is None:
            raise UsageError(f"factlint rules show: no rule '{args.rule_id}' (see factlint rules list)")
        print(_show(rule))
    else:
        outcomes = ruletest.run(loaded)
        failed = 0
        for outcome in outcomes:
            for failure in outcome.failures:
                print(f"{outcome.rule.where()}: {outcome.rule.id}: {failure}")
            failed += bool(outcome.failures)
        print(f"rules: {len(outcomes) - failed} passed, {failed} failed")
        if failed:
            status = EXIT_FINDINGS
    return status


def _show(rule) -> str:
    import yaml

    lines = [f"{rule.id}  ({rule.kind}, {rule.severity})  {rule.where()}", "", " ".join(rule.description.split()), "",
             f"message: {rule.message}"]
    if rule.parameters:
        lines += ["parameters:", yaml.safe_dump(rule.parameters, sort_keys=False, allow_unicode=True, width=100).rstrip()]
    for label, examples in (("must fire", rule.examples.fire), ("must stay quiet", rule.examples.quiet)):
        lines.append(f"examples that {label}:")
        lines += [f"  - {e.text}" + (f"  (dated {e.date})" if e.date else "") for e in examples]
    return "\n".join(lines)
