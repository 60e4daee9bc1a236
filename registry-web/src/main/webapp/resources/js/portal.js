/*
 * The search page's history and its filter drawer. Loaded as a file (no inline script), as the
 * Content-Security-Policy requires; does nothing on pages without them.
 *
 * History. Every state of the search page has its own URL, which the server writes into the page as data-bookmark
 * (SearchView.getBookmarkUrl: text, filters, order, page; never the patient description). Every change is an ajax
 * request; after one that changed the state, its URL is added to the browser's history (pushState), so that each
 * state is bookmarkable and Back / Forward go through them. Back / Forward within the page (popstate) send the URL's
 * query string to the server (restoreSearch, a p:remoteCommand), which shows that state exactly as a GET of the URL
 * would and keeps the patient description (posted, kept with the view). When that cannot be done (no remote command,
 * a failed request, an expired view), the page loads the URL instead, which holds the whole state but the
 * description. Entries of an earlier visit to the page are loaded by the browser from their URL anyway.
 *
 * Drawer. On narrow screens the filters are hidden behind a "Filters (n)" button (aria-expanded, aria-controls); the
 * form's ajax updates re-render the button, so its state is kept here and applied again after each update.
 */
(function () {
    "use strict";

    var root = document.documentElement;
    var history = window.history;
    var canPush = !!(history && history.pushState && history.replaceState);
    var drawerOpen = false;
    var reloading = false;

    root.classList.add("js");

    function bookmark() {
        var marker = document.querySelector("[data-bookmark]");
        return marker ? marker.getAttribute("data-bookmark") : null;
    }

    function here() {
        return window.location.pathname + window.location.search;
    }

    function entry(url) {
        return {portalSearch: url};
    }

    function reload() {
        reloading = true;
        window.location.reload();
    }

    /* The entry the page was loaded as: its canonical URL, marked as a search state. */
    function markCurrentEntry() {
        var url = bookmark();
        if (url && canPush) {
            history.replaceState(entry(url), "", url + window.location.hash);
        }
    }

    function withoutPage(url) {
        return url.replace(/([?&])page=\d+(&|$)/, "$1").replace(/[?&]$/, "");
    }

    /*
     * After an ajax update: a new state gets a new history entry; a restored one replaces its entry. After paging,
     * the keyboard focus (lost with the paginator's re-rendered buttons) goes to the top of the new page of results.
     */
    function recordState(args) {
        var url = bookmark();
        if (reloading || !url || !canPush || url === here()) {
            return;
        }
        if (args && args.searchRestored) {
            history.replaceState(entry(url), "", url);
            return;
        }
        var paged = withoutPage(url) === withoutPage(here());
        history.pushState(entry(url), "", url);
        var heading = document.getElementById("results-heading");
        if (paged && heading) {
            heading.focus();
        }
    }

    function onPopState() {
        var url = bookmark();
        if (!url || reloading || here() === url) {
            return; // not the search page, or only the fragment changed (skip link)
        }
        if (typeof window.restoreSearch !== "function") {
            reload();
            return;
        }
        window.restoreSearch({state: window.location.search.replace(/^\?/, "")});
    }

    /*
     * restoreSearch's onsuccess: a redirect instead of an update (the view expired, the server failed) would leave
     * the portal's history; the URL is loaded instead. True stops PrimeFaces from following the redirect.
     */
    function restoreAnswered(data) {
        if (data && data.getElementsByTagName && data.getElementsByTagName("redirect").length > 0) {
            reload();
            return true;
        }
        return false;
    }

    /* A message inside the drawer (an unknown place, an invalid age) must be seen: the drawer opens. */
    function openOnMessage() {
        var facets = document.getElementById("facets");
        if (facets && facets.querySelector(".facet__error, .ui-message-error")) {
            drawerOpen = true;
        }
    }

    function syncDrawer() {
        if (!document.getElementById("facets")) {
            return;
        }
        root.classList.toggle("filters-open", drawerOpen);
        var toggle = document.querySelector("[data-filters-toggle]");
        if (toggle) {
            toggle.setAttribute("aria-expanded", drawerOpen ? "true" : "false");
        }
    }

    function onClick(event) {
        var target = event.target;
        if (!target || !target.closest) {
            return;
        }
        if (target.closest("[data-filters-toggle]")) {
            drawerOpen = !drawerOpen;
            syncDrawer();
        } else if (target.closest("[data-filters-close]")) {
            drawerOpen = false;
            syncDrawer();
            var toggle = document.querySelector("[data-filters-toggle]");
            if (toggle) {
                toggle.focus();
            }
        }
    }

    window.portalSearch = {restoreAnswered: restoreAnswered, restoreFailed: reload};

    function start() {
        markCurrentEntry();
        openOnMessage();
        syncDrawer();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
    document.addEventListener("click", onClick);
    window.addEventListener("popstate", onPopState);
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", function (event, xhr, settings, args) {
            openOnMessage();
            syncDrawer();
            recordState(args);
        });
    }
}());
