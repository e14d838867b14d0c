// The person's light/dark choice, kept for a year; the server reads it on the next request (see ThemeChoice.cs).
window.cmaTheme = {
    save: function (choice) {
        document.cookie = "cma-theme=" + encodeURIComponent(choice) + "; path=/; max-age=31536000; samesite=lax";
    }
};

// The system's setting, for browsers that do not send it as a client hint: a static page (the sign-in pages) has no
// circuit to ask, so the server reads this on the next request. Kept current when the system switches.
(function () {
    var query = window.matchMedia("(prefers-color-scheme: dark)");
    function remember() {
        document.cookie = "cma-system-theme=" + (query.matches ? "dark" : "light") + "; path=/; max-age=31536000; samesite=lax";
    }
    remember();
    query.addEventListener("change", remember);
})();
