"""End to end in a real editor: headless Neovim starts `factlint lsp`, opens the motivating article
and receives the diagnostic. Under CI=true a missing Neovim is a failure, never a skip."""
import os
import subprocess
import sys

from conftest import MOTIVATING, ROOT, require_tool

SCRIPT = r"""
package.path = package.path .. ";" .. os.getenv("FACTLINT_LUA") .. "/?.lua"
local factlint = require("factlint")
factlint.attach(0, { os.getenv("FACTLINT_PYTHON"), "-m", "factlint", "lsp" })
vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 50)
local out = io.open(os.getenv("FACTLINT_OUT"), "w")
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = (d.user_data or {}).lsp or {}
  out:write(string.format("%d:%d:%d:%d|%s|%s\n", d.lnum, d.col, d.end_lnum, d.end_col, lsp.code or "", d.message))
end
out:close()
vim.cmd("qa!")
"""


def test_neovim_receives_the_diagnostic(tmp_path):
    nvim = require_tool("nvim", "make test installs Debian's neovim as root: apt-get install neovim")
    script, out = tmp_path / "check.lua", tmp_path / "diagnostics.txt"
    script.write_text(SCRIPT)
    env = {**os.environ, "FACTLINT_PYTHON": sys.executable, "FACTLINT_OUT": str(out),
           "FACTLINT_LUA": str(ROOT / "editors" / "neovim"), "HOME": str(tmp_path)}
    done = subprocess.run([nvim, "--headless", "--clean", str(MOTIVATING), "-c", f"luafile {script}"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert out.exists(), done.stderr
    [line] = out.read_text().splitlines()
    where, code, message = line.split("|", 2)
    text = MOTIVATING.read_text(encoding="utf-8").splitlines()
    row = next(i for i, line_text in enumerate(text) if "since 2003" in line_text)
    assert where == f"{row}:{text[row].index('since 2003')}:{row}:{text[row].index('since 2003') + 10}"
    assert code == "entity-date" and "formed in September 2014" in message
