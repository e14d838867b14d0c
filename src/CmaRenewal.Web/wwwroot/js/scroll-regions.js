// A table wider than a phone scrolls sideways inside its container. Keyboard users can only scroll a region they can
// focus, so a container that overflows (and only then: a needless tab stop is noise) becomes a focusable, named
// region (WCAG 2.1.1; axe "scrollable-region-focusable"). Re-checked whenever the page changes or resizes.
(function () {
    var selector = ".mud-table-container";
    var marked = "data-scroll-region";

    function overflows(element) {
        return element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
    }

    // The table's own name (MudBlazor puts aria-label on the table or on its outer div), else a plain one.
    function nameOf(element) {
        var named = element.querySelector("table[aria-label]") || element.closest("[aria-label]");
        if (named) return named.getAttribute("aria-label");
        return document.documentElement.lang === "es" ? "Tabla desplazable" : "Scrollable table";
    }

    function mark(element) {
        if (overflows(element)) {
            if (element.hasAttribute("tabindex")) return;
            element.setAttribute("tabindex", "0");
            element.setAttribute("role", "region");
            element.setAttribute("aria-label", nameOf(element));
            element.setAttribute(marked, "");
        } else if (element.hasAttribute(marked)) {
            ["tabindex", "role", "aria-label", marked].forEach(function (a) { element.removeAttribute(a); });
        }
    }

    var pending = false;
    function check() {
        if (pending) return;
        pending = true;
        queueMicrotask(function () {
            pending = false;
            document.querySelectorAll(selector).forEach(mark);
        });
    }

    new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    window.addEventListener("resize", check);
    check();
})();
