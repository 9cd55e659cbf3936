"""One run over many files: each file checked with the rules its configuration puts in force.
Packs and configurations are loaded once each; every error is reported once, and no error stops
the other files from being checked."""
from __future__ import annotations

import datetime as dt
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple

from . import config as configuration
from . import corpus, document, engine, gitdiff, htmlview, ordered, packs
from .formats import fingerprint
from .claims import ClaimSet
from .config import Config
from .document import Document
from .errors import UserError
from .extract import extract
from .progress import Progress
from .rules import SEVERITY_RANK


class Outcome(NamedTuple):
    """What checking one file sends back: small, so that it travels cheaply from a worker."""

    claims: int
    result: engine.Result | None
    error: UserError | None = None
    page: htmlview.Page | None = None  # for the HTML view, when the run keeps pages
    statements: list[corpus.Statement] | None = None  # for --corpus and --against, when the run keeps them


def check_file(runner: "Runner", path: str) -> Outcome:
    try:
        doc = document.read(path, date=runner.date) if Path(path).exists() else None
        if doc is None:
            raise UserError(path, "no such file or folder")
    except UserError as exc:
        return Outcome(0, None, exc)
    claims = runner.extract(doc)
    return Outcome(len(claims.claims), runner.result(claims, where=path), None, runner.page(doc, claims),
                   runner.statements(doc, claims))


BATCH = 8  # files a process checks per task: few enough to share out evenly, enough to pay for the trip
IN_FLIGHT_PER_JOB = 4
_WORKER: "Runner | None" = None


def _start_worker(*settings) -> None:
    global _WORKER
    _WORKER = Runner.from_settings(settings)


def _check_in_worker(paths: list[str]) -> list:
    return [check_file(_WORKER, path) for path in paths]


class Runner:
    def __init__(self, rule_dirs: list[str], default_rules: bool = True, config_path: str | None = None,
                 date: dt.date | None = None, quiet: bool = False, keep_pages: bool = False,
                 keep_statements: bool = False) -> None:
        self.quiet = quiet  # a worker process: the main process tells the errors
        # The HTML view needs each article's text and claims; other formats keep nothing of them.
        self.keep_pages = keep_pages
        self.pages: dict[str, htmlview.Page] = {}
        # --corpus and --against keep what each article states, never its text
        self.keep_statements = keep_statements
        self.statements_found: list[corpus.Statement] = []
        self.diff_ref: str | None = None  # --diff: report only findings on lines changed since this ref
        self.known: set[str] = set()  # --baseline: the fingerprints of findings that fail no run
        self.fail_on: str | None = None  # --fail-on
        self.failed = False  # some finding fails the run
        self._changed_lines: dict[str, set[int] | None] = {}
        self.rule_dirs = list(rule_dirs)
        self.default_rules = default_rules
        self.date = date
        self.run = engine.Run()
        self._said: set[str] = set()
        self._configs: dict[str | None, Config] = {}
        self._found: dict[str, object] = {}
        self._rulesets: dict[str | None, engine.Ruleset] = {}
        self.fixed_config = self._load_config(config_path) if config_path else None

    def fail(self, error: UserError, file_entry: bool = True) -> None:
        """Report an error once, on standard error and in the report."""
        if str(error) in self._said:
            return
        self._said.add(str(error))
        if not self.quiet:
            print(error, file=sys.stderr)
        self.run.fail(error, file_entry)

    def config_for(self, path: str) -> Config:
        if self.fixed_config is not None:
            return self.fixed_config
        folder = os.path.dirname(path) if path not in ("-", "") else "."
        if folder not in self._found:  # one lookup up the folders per folder, not per file
            self._found[folder] = configuration.find(path if path not in ("-", "") else ".")
        found = self._found[folder]
        return self._load_config(str(found)) if found else Config()

    def _load_config(self, path: str) -> Config:
        if path not in self._configs:
            try:
                self._configs[path] = configuration.load(path)
            except UserError as exc:
                self.fail(exc, file_entry=False)
                self._configs[path] = Config()  # the files it governs are still checked, with the defaults
        return self._configs[path]

    def ruleset_for(self, config: Config) -> engine.Ruleset:
        if config.source not in self._rulesets:
            loaded = packs.load(config.folders() + self.rule_dirs, defaults=self.default_rules and config.default_rules)
            rules, errors = engine.ruleset(loaded, config)
            for error in loaded.errors + errors:
                self.fail(error, file_entry=False)
            self._rulesets[config.source] = rules
        return self._rulesets[config.source]

    def extract(self, doc: Document) -> ClaimSet:
        return extract(doc, self.ruleset_for(self.config_for(doc.path)).facts)

    def check(self, claims: ClaimSet, where: str | None = None, doc: Document | None = None) -> None:
        """One article read here (standard input) or one claim set: checked in this process."""
        self._take(claims.path, Outcome(len(claims.claims), self.result(claims, where), None,
                                        self.page(doc, claims) if doc else None, self.statements(doc, claims)))

    def page(self, doc: Document, claims: ClaimSet) -> "htmlview.Page | None":
        if not self.keep_pages:
            return None
        return htmlview.page(doc.text, claims, self.ruleset_for(self.config_for(doc.path)).facts)

    def result(self, claims: ClaimSet, where: str | None = None) -> engine.Result:
        return engine.check(claims, self.ruleset_for(self.config_for(where or claims.path)))

    @classmethod
    def from_settings(cls, settings: tuple) -> "Runner":
        """The runner a worker process uses, from settings() of the runner that sent the work."""
        rule_dirs, default_rules, config_path, date, keep_pages, keep_statements = settings
        return cls(list(rule_dirs), default_rules, config_path, date, quiet=True, keep_pages=keep_pages,
                   keep_statements=keep_statements)

    def statements(self, doc: Document | None, claims: ClaimSet) -> list[corpus.Statement] | None:
        if not self.keep_statements:
            return None
        return corpus.statements(claims, doc.prose if doc else None, counts=True)

    def settings(self) -> tuple:
        """What a worker needs to build the same runner: plain values, so they travel to any process."""
        return (tuple(self.rule_dirs), self.default_rules, self.fixed_config.source if self.fixed_config else None,
                self.date, self.keep_pages, self.keep_statements)

    def check_files(self, paths: Iterable[str], jobs: int, engine: str = "local", scheduler: str | None = None,
                    progress: Progress | None = None) -> None:
        """Check article files, in process, on `jobs` local processes or on a Dask cluster; results
        come back in the order of the paths, so the report depends on neither the engine nor the jobs.
        The paths are taken one at a time, as the work goes out."""
        progress = progress or Progress(0, enabled=False)
        paths = self._prepared(paths)
        if engine == "dask":
            from . import cluster

            results = cluster.outcomes(self.settings(), paths, scheduler, jobs)
        else:
            results = self._local(paths, jobs)
        with progress:
            for path, outcome in results:
                self._take(path, outcome)
                progress.advance()

    def _prepared(self, paths: Iterable[str]) -> Iterator[str]:
        """Each file's configuration and packs load here, in this process, so their errors are told once."""
        for path in paths:
            self.ruleset_for(self.config_for(path))
            yield path

    def _local(self, paths: Iterator[str], jobs: int):
        head = list(islice(paths, 4 * jobs))
        jobs = max(1, min(jobs, len(head) // 4))  # fewer than four files a process: not worth starting it
        paths = chain(head, paths)
        if jobs == 1:
            for path in paths:
                yield path, check_file(self, path)
            return
        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=self.settings()) as pool:
            yield from ordered.in_order(ordered.batches(paths, BATCH), partial(pool.submit, _check_in_worker),
                                        jobs * IN_FLIGHT_PER_JOB)

    def _take(self, path: str, outcome: Outcome) -> None:
        if outcome.error is not None:
            self.fail(outcome.error)
            return
        self.run.add_result(path, outcome.claims, self.screen(outcome.result))
        if outcome.page is not None:
            self.pages[path] = outcome.page
        if outcome.statements:
            self.statements_found.extend(outcome.statements)

    def across(self, corpus_wide: bool, sources: list[str]) -> None:
        """The reduce: conflicts across the checked articles (--corpus) and with the sources (--against)."""
        findings = corpus.conflicts(self.statements_found) if corpus_wide else []
        if sources:
            stated = []
            for path in sources:
                try:
                    doc = document.read(path, date=self.date) if Path(path).is_file() else None
                    if doc is None:
                        raise UserError(path, "no such file")
                except UserError as exc:
                    self.fail(exc, file_entry=False)
                    continue
                stated += corpus.statements(self.extract(doc), doc.prose, counts=True)
            findings += corpus.against(self.statements_found, stated)
        if findings:
            self.run.add_findings(self.screen(engine.Result(findings, [], engine.Coverage())).findings)

    def screen(self, result: engine.Result) -> engine.Result:
        """Drop the findings on lines unchanged since --diff's ref, and mark those the baseline knows."""
        findings = result.findings
        if self.diff_ref:
            findings = [f for f in findings if self._changed(f)]
        if self.known:
            findings = [f.model_copy(update={"in_baseline": fingerprint(f) in self.known}) for f in findings]
        if any(not f.in_baseline and self.fails(f, self.fail_on) for f in findings):
            self.failed = True
        return engine.Result(findings, result.suppressed, result.coverage)

    def _changed(self, finding) -> bool:
        if finding.path not in self._changed_lines:
            try:
                self._changed_lines[finding.path] = gitdiff.changed_lines(self.diff_ref, finding.path)
            except UserError as exc:
                self.fail(exc, file_entry=False)
                self._changed_lines[finding.path] = set()
        lines = self._changed_lines[finding.path]
        return lines is None or bool(set(range(finding.span.line, finding.span.end_line + 1)) & lines)

    def rules(self) -> list:
        """Every rule in force for some file of the run, once each."""
        seen: dict[str, object] = {}
        for ruleset in self._rulesets.values():
            for rule in ruleset.rules:
                seen.setdefault(rule.id, rule)
        return list(seen.values())

    def fails(self, finding, given: str | None) -> bool:
        """Whether a finding fails the run: at or above the command line's --fail-on, else the level
        the configuration governing its file sets, else 'warning'."""
        level = given or self.config_for(finding.path).fail_on or "warning"
        return level != "never" and SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[level]
