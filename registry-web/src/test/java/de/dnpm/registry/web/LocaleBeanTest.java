package de.dnpm.registry.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocaleBeanTest {

    @Test
    void returnsOnlyToPathsInsideTheApplication() {
        assertEquals("/index.xhtml?q=EGFR&status=RECRUITING", LocaleBean.safeTarget("/index.xhtml?q=EGFR&status=RECRUITING"));
        assertEquals("/", LocaleBean.safeTarget("//evil.example/"));
        assertEquals("/", LocaleBean.safeTarget("https://evil.example/"));
        assertEquals("/", LocaleBean.safeTarget("/\\evil.example"));
        assertEquals("/", LocaleBean.safeTarget("/index.xhtml\r\nSet-Cookie: x=y"));
        assertEquals("/", LocaleBean.safeTarget(null));
    }
}
