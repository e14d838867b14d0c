// Keeps the keyboard in the newest open confirmation: focus goes to its Cancel, and comes back there whenever
// something outside the dialog takes it, until the dialog closes and calls release().
export function hold() {
    const cancels = document.querySelectorAll("[data-confirm-cancel]");
    const cancel = cancels[cancels.length - 1];
    if (!cancel) return null;
    const dialog = cancel.closest("[role=dialog]") ?? cancel;
    const back = event => {
        if (!dialog.contains(event.target)) cancel.focus();
    };
    document.addEventListener("focusin", back);
    cancel.focus();
    return { release: () => document.removeEventListener("focusin", back) };
}
