-- factlint as a language server in Neovim (0.7 or newer). Put this file on your runtimepath, or
-- copy it into init.lua; it attaches factlint to Markdown, HTML and text buffers.
local M = {}

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { "factlint", "lsp" }
  vim.api.nvim_create_autocmd("FileType", {
    pattern = { "markdown", "html", "text" },
    callback = function(args)
      M.attach(args.buf, cmd)
    end,
  })
end

function M.attach(bufnr, cmd)
  local client_id = vim.lsp.start_client({
    name = "factlint",
    cmd = cmd,
    root_dir = vim.fn.getcwd(),
  })
  if client_id then
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  return client_id
end

return M
