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

/*
 * Suggestions while typing into the search box: the ARIA 1.2 combobox pattern (role=combobox on the input,
 * aria-expanded, aria-controls naming the listbox, aria-activedescendant naming the active option). The input carries
 * the REST address (data-suggest: GET …/api/suggestions?q=…&limit=…, JSON [{text, kind}]) and the texts to show
 * (data-suggest-condition, -intervention, -biomarker: the kind labels; data-suggest-count: "{0} suggestions…" for
 * screen readers), so no words live here. Requests wait until typing pauses (150 ms), and a newer one aborts the
 * older. Arrow keys move through the list, Enter picks the active suggestion, puts it into the box and runs the
 * search (the search button), Escape and leaving the box close the list, a click picks. While the list is closed or
 * no suggestion is active, Enter is left to the form's default command (p:defaultCommand: search for what was typed).
 * The form's ajax updates replace the input and the list, so every handler is delegated from the document and looks
 * them up anew.
 */
(function () {
    "use strict";

    var DELAY_MS = 150;
    var MIN_LENGTH = 2;
    var LIMIT = 8;
    var LIST_ID = "search-suggestions";
    var STATUS_ID = "search-suggestions-status";

    var timer = null;
    var request = null; // the AbortController of the request under way
    var sequence = 0;   // answers to older requests are dropped
    var items = [];
    var active = -1;

    function box() {
        return document.querySelector("input[data-suggest]");
    }

    function isBox(element) {
        return !!element && element.nodeType === 1 && element.matches("input[data-suggest]");
    }

    function list() {
        return document.getElementById(LIST_ID);
    }

    function announce(text) {
        var status = document.getElementById(STATUS_ID);
        if (status) {
            status.textContent = text;
        }
    }

    function cancel() {
        if (timer) {
            window.clearTimeout(timer);
            timer = null;
        }
        if (request) {
            request.abort();
            request = null;
        }
        sequence++;
    }

    function isOpen() {
        var ul = list();
        return !!ul && !ul.hidden && items.length > 0;
    }

    function close() {
        cancel();
        items = [];
        active = -1;
        var ul = list();
        if (ul) {
            ul.hidden = true;
            ul.textContent = "";
        }
        var input = box();
        if (input) {
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }
        announce("");
    }

    function option(input, item, index) {
        var li = document.createElement("li");
        li.id = LIST_ID + "-" + index;
        li.className = "suggestions__option";
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-index", String(index));
        var text = document.createElement("span");
        text.className = "suggestions__text";
        text.textContent = item.text;
        li.appendChild(text);
        var label = input.getAttribute("data-suggest-" + String(item.kind).toLowerCase());
        if (label) {
            var kind = document.createElement("span");
            kind.className = "suggestions__kind";
            kind.textContent = label;
            li.appendChild(kind);
        }
        return li;
    }

    function show(input, found) {
        var ul = list();
        if (!ul) {
            return;
        }
        items = found;
        active = -1;
        ul.textContent = "";
        found.forEach(function (item, index) {
            ul.appendChild(option(input, item, index));
        });
        ul.hidden = false;
        input.setAttribute("aria-expanded", "true");
        input.removeAttribute("aria-activedescendant");
        announce((input.getAttribute("data-suggest-count") || "{0}").replace("{0}", String(found.length)));
    }

    function activate(index) {
        var input = box();
        var ul = list();
        if (!input || !ul) {
            return;
        }
        active = index;
        Array.prototype.forEach.call(ul.children, function (li, i) {
            var on = i === index;
            li.setAttribute("aria-selected", on ? "true" : "false");
            li.classList.toggle("is-active", on);
            if (on && li.scrollIntoView) {
                li.scrollIntoView({block: "nearest"});
            }
        });
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", LIST_ID + "-" + index);
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function pick(index) {
        var input = box();
        var item = items[index];
        if (!input || !item) {
            return;
        }
        input.value = item.text;
        close();
        var go = input.form ? input.form.querySelector("[data-search-submit]") : null;
        if (go) {
            go.click();
        }
    }

    function ask(input) {
        var text = input.value.trim();
        cancel();
        if (text.length < MIN_LENGTH || typeof window.fetch !== "function") {
            close();
            return;
        }
        var asked = sequence;
        request = typeof window.AbortController === "function" ? new window.AbortController() : null;
        var url = input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text) + "&limit=" + LIMIT;
        window.fetch(url, {
            headers: {Accept: "application/json"},
            credentials: "same-origin",
            signal: request ? request.signal : undefined
        }).then(function (response) {
            return response.ok ? response.json() : [];
        }).then(function (found) {
            var current = box();
            if (asked !== sequence || !current || document.activeElement !== current
                    || current.value.trim() !== text) {
                return; // a newer request, or the box changed or lost the focus meanwhile
            }
            request = null;
            if (Array.isArray(found) && found.length > 0) {
                show(current, found);
            } else {
                close();
            }
        }).catch(function () {
            // aborted, or the server unreachable: no suggestions, the search box works as before
        });
    }

    function onInput(event) {
        if (!isBox(event.target)) {
            return;
        }
        var input = event.target;
        if (timer) {
            window.clearTimeout(timer);
        }
        if (request) {
            request.abort();
            request = null;
        }
        timer = window.setTimeout(function () {
            timer = null;
            ask(input);
        }, DELAY_MS);
    }

    /* Capture phase: runs before the form's default command, which would otherwise search on every Enter. */
    function onKeyDown(event) {
        if (!isBox(event.target) || event.isComposing) {
            return;
        }
        var open = isOpen();
        switch (event.key) {
            case "ArrowDown":
            case "Down":
                if (open) {
                    event.preventDefault();
                    activate(active + 1 < items.length ? active + 1 : 0);
                } else if (event.target.value.trim().length >= MIN_LENGTH) {
                    event.preventDefault();
                    ask(event.target);
                }
                break;
            case "ArrowUp":
            case "Up":
                if (open) {
                    event.preventDefault();
                    activate(active > 0 ? active - 1 : items.length - 1);
                }
                break;
            case "Enter":
                if (open && active >= 0) {
                    event.preventDefault();
                    event.stopPropagation();
                    pick(active);
                } else {
                    close(); // the default command searches for what was typed
                }
                break;
            case "Escape":
            case "Esc":
                if (open) {
                    event.preventDefault();
                    event.stopPropagation();
                    close();
                }
                break;
            case "Tab":
                close();
                break;
            default:
                break;
        }
    }

    function optionOf(target) {
        return target && target.closest ? target.closest("#" + LIST_ID + " [role='option']") : null;
    }

    /* The list keeps the focus in the box: a press on it must not blur the input (which closes the list). */
    function onMouseDown(event) {
        if (optionOf(event.target) || (event.target.closest && event.target.closest("#" + LIST_ID))) {
            event.preventDefault();
        }
    }

    function onClick(event) {
        var li = optionOf(event.target);
        if (li) {
            pick(parseInt(li.getAttribute("data-index"), 10));
        }
    }

    function onFocusOut(event) {
        if (isBox(event.target)) {
            close();
        }
    }

    document.addEventListener("input", onInput);
    document.addEventListener("keydown", onKeyDown, true);
    document.addEventListener("mousedown", onMouseDown);
    document.addEventListener("click", onClick);
    document.addEventListener("focusout", onFocusOut);
    if (window.jQuery) {
        // the form was re-rendered: its new list is empty and closed
        window.jQuery(document).on("pfAjaxComplete", function () {
            items = [];
            active = -1;
        });
    }
}());
