/*
 * Starts Swagger UI on the API page (api.xhtml) over the document named by the data-spec-url attribute of #swagger-ui.
 * Loaded as a file (no inline script), as the Content-Security-Policy requires. The base layout without the standalone
 * top bar: the page shows this API's description only, not a field to load any other. No online validator badge
 * (validatorUrl null): the page fetches nothing from outside the portal.
 */
(function () {
    "use strict";

    function start() {
        var target = document.getElementById("swagger-ui");
        if (!target || typeof window.SwaggerUIBundle !== "function") {
            return;
        }
        window.SwaggerUIBundle({
            url: target.getAttribute("data-spec-url"),
            domNode: target,
            presets: [window.SwaggerUIBundle.presets.apis],
            layout: "BaseLayout",
            deepLinking: true,
            validatorUrl: null,
            defaultModelsExpandDepth: 0,
            docExpansion: "list"
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
