"""One run over many files: each file checked with the rules its configuration puts in force.
Packs and configurations are loaded once each; every error is reported once, and no error stops
the other files from being checked."""
from __future__ import annotations

import datetime as dt
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from . import config as configuration
from . import document, engine, gitdiff, htmlview, packs
from .formats import fingerprint
from .claims import ClaimSet
from .config import Config
from .document import Document
from .errors import UserError
from .extract import extract
from .rules import SEVERITY_RANK


def check_file(runner: "Runner", path: str):
    """(claims, result, None, page) for an article file, or (0, None, error, None) when it cannot be
    read; the page for the HTML view only when the run keeps pages."""
    try:
        doc = document.read(path, date=runner.date) if Path(path).exists() else None
        if doc is None:
            raise UserError(path, "no such file or folder")
    except UserError as exc:
        return 0, None, exc, None
    claims = runner.extract(doc)
    return len(claims.claims), runner.result(claims, where=path), None, runner.page(doc, claims)


_WORKER: "Runner | None" = None


def _start_worker(rule_dirs, default_rules, config_path, date, keep_pages) -> None:
    global _WORKER
    _WORKER = Runner(rule_dirs, default_rules, config_path, date, quiet=True, keep_pages=keep_pages)


def _check_in_worker(path: str):
    return check_file(_WORKER, path)


class Runner:
    def __init__(self, rule_dirs: list[str], default_rules: bool = True, config_path: str | None = None,
                 date: dt.date | None = None, quiet: bool = False, keep_pages: bool = False) -> None:
        self.quiet = quiet  # a worker process: the main process tells the errors
        # The HTML view needs each article's text and claims; other formats keep nothing of them.
        self.keep_pages = keep_pages
        self.pages: dict[str, htmlview.Page] = {}
        self.rule_dirs = rule_dirs
        self.default_rules = default_rules
        self.date = date
        self.run = engine.Run()
        self._said: set[str] = set()
        self._configs: dict[str | None, Config] = {}
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
        found = configuration.find(path if path not in ("-", "") else ".")
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
        self.run.add(claims, self.result(claims, where))
        if doc is not None and self.keep_pages:
            self.pages[claims.path] = self.page(doc, claims)

    def page(self, doc: Document, claims: ClaimSet) -> "htmlview.Page | None":
        if not self.keep_pages:
            return None
        return htmlview.page(doc.text, claims, self.ruleset_for(self.config_for(doc.path)).facts)

    def result(self, claims: ClaimSet, where: str | None = None) -> engine.Result:
        return engine.check(claims, self.ruleset_for(self.config_for(where or claims.path)))

    def check_files(self, paths: list[str], jobs: int) -> None:
        """Check article files, on `jobs` processes when there are enough files to share; results
        come back in the order of the paths, so the report does not depend on the number of jobs."""
        jobs = max(1, min(jobs, len(paths) // 4))
        if jobs == 1:
            for path in paths:
                self._take(path, *check_file(self, path))
            return
        for path in paths:  # configurations and packs load here once, so their errors are told once
            self.ruleset_for(self.config_for(path))
        settings = (self.rule_dirs, self.default_rules, self.fixed_config.source if self.fixed_config else None,
                    self.date, self.keep_pages)
        with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=settings) as pool:
            for path, outcome in zip(paths, pool.map(_check_in_worker, paths, chunksize=8)):
                self._take(path, *outcome)

    def _take(self, path: str, n_claims: int, result: engine.Result | None, error: UserError | None,
              page: "htmlview.Page | None") -> None:
        if error is not None:
            self.fail(error)
            return
        self.run.add_result(path, n_claims, result)
        if page is not None:
            self.pages[path] = page

    def keep_changed(self, ref: str) -> None:
        """Keep only the findings on lines changed since `ref` (--diff)."""
        changed: dict[str, set[int] | None] = {}
        kept = []
        for finding in self.run.findings:
            if finding.path not in changed:
                try:
                    changed[finding.path] = gitdiff.changed_lines(ref, finding.path)
                except UserError as exc:
                    self.fail(exc, file_entry=False)
                    changed[finding.path] = set()
            lines = changed[finding.path]
            if lines is None or set(range(finding.span.line, finding.span.end_line + 1)) & lines:
                kept.append(finding)
        self.run.findings = kept

    def mark_baseline(self, known: set[str]) -> None:
        if known:
            self.run.findings = [f.model_copy(update={"in_baseline": fingerprint(f) in known})
                                 for f in self.run.findings]

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
