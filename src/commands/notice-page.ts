/** The notice dialog's page: shows the text passed in the URL and closes on 知道了. */
const params = new URLSearchParams(location.search);
const text = document.getElementById("text");
if (text) text.textContent = params.get("text") ?? "";
if (params.get("error")) document.body.classList.add("error");
document.getElementById("ok")?.addEventListener("click", () => {
  if (typeof Office !== "undefined" && Office.context?.ui) Office.context.ui.messageParent("close");
  else window.close();
});
void (typeof Office !== "undefined" ? Office.onReady() : undefined);
