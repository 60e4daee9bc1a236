/*
 * Keeps the address bar equal to the page's state after ajax updates (search text, filters, page), so that a search
 * can be bookmarked or shared at any time. The page marks its current URL with a data-bookmark attribute.
 * Loaded as a file (no inline script), as the Content-Security-Policy requires.
 */
(function () {
    "use strict";

    function syncAddress() {
        var marker = document.querySelector("[data-bookmark]");
        if (!marker || !window.history || !window.history.replaceState) {
            return;
        }
        var url = marker.getAttribute("data-bookmark");
        if (url && url !== window.location.pathname + window.location.search) {
            window.history.replaceState(window.history.state, "", url);
        }
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", syncAddress);
    } else {
        syncAddress();
    }
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", syncAddress);
    }
}());
