/*
 * Printing shows the whole text: folded sections (<details>) open before the print and close again after it, so the
 * printed page holds what the screen hides behind "show all". Loaded as a file (no inline script) for the CSP.
 */
(function () {
    "use strict";

    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details:not([open])").forEach(function (details) {
            details.setAttribute("data-opened-for-print", "");
            details.open = true;
        });
    });
    window.addEventListener("afterprint", function () {
        document.querySelectorAll("details[data-opened-for-print]").forEach(function (details) {
            details.removeAttribute("data-opened-for-print");
            details.open = false;
        });
    });
}());
