// Starts `factlint lsp` for Markdown, HTML and plain-text documents: diagnostics as you type,
// hover that shows how a claim was read, and code actions for suggested fixes.
import { ExtensionContext, workspace } from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export function activate(context: ExtensionContext): void {
  const [command, ...args] = workspace.getConfiguration("factlint").get<string[]>("command", ["factlint", "lsp"]);
  const serverOptions: ServerOptions = { command, args };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "html" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
    ],
    synchronize: {
      // configuration and rule packs: the server reloads its rules when these change
      fileEvents: workspace.createFileSystemWatcher("**/{factlint.toml,pyproject.toml,*.yaml,*.yml}"),
    },
  };
  client = new LanguageClient("factlint", "factlint", serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => void client?.stop() });
  void client.start();
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
