package de.dnpm.registry.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the study pages write a value into their URLs' query strings (spaces as %20, as browsers write them). */
public final class StudyUrls {

    private StudyUrls() {
    }

    public static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
