/**
 * Shows a command's result in a small dialog (DialogApi 1.1) on the add-in's own origin. Where the
 * dialog API is missing or refused, the sheets the command wrote carry the result: nothing fails.
 */
import { maskPersonal } from "../core/mask";

/** Function commands must finish; an unanswered notice closes itself after this long. */
const AUTO_CLOSE_MS = 60000;

export function noticeUrl(base: string, text: string, error: boolean): string {
  const url = new URL("notice.html", base);
  url.searchParams.set("text", maskPersonal(text));
  if (error) url.searchParams.set("error", "1");
  return url.toString();
}

export function showNotice(text: string, error: boolean): Promise<void> {
  const ui = typeof Office !== "undefined" ? Office.context?.ui : undefined;
  if (!ui || !Office.context.requirements.isSetSupported("DialogApi", "1.1")) return Promise.resolve();
  return new Promise((resolve) => {
    ui.displayDialogAsync(
      noticeUrl(location.href, text, error),
      { height: 22, width: 28, displayInIframe: true },
      (res) => {
        if (res.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = res.value;
        const done = (): void => {
          clearTimeout(timer);
          try {
            dialog.close();
          } catch {
            // Already closed by the user.
          }
          resolve();
        };
        const timer = setTimeout(done, AUTO_CLOSE_MS);
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
        dialog.addEventHandler(Office.EventType.DialogEventReceived, done);
      },
    );
  });
}
