package de.dnpm.registry.rest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        PageRequest paging = PageRequest.of(null, " ");

        assertEquals(0, paging.page());
        assertEquals(20, paging.size());
        assertEquals(0, paging.first());
    }

    @Test
    void theOffsetIsPageTimesSize() {
        PageRequest paging = PageRequest.of(" 3 ", "50");

        assertEquals(150, paging.first());
    }

    @Test
    void refusesSizesOutsideOneToHundredNamingTheParameter() {
        assertTrue(assertThrows(InvalidParameterException.class, () -> PageRequest.of("0", "0")).getMessage()
                .startsWith("size must be between 1 and 100"));
        assertThrows(InvalidParameterException.class, () -> PageRequest.of("0", "101"));
        assertEquals(100, PageRequest.of("0", "100").size());
    }

    @Test
    void refusesNegativeOrUnreadablePages() {
        assertThrows(InvalidParameterException.class, () -> PageRequest.of("-1", null));
        assertTrue(assertThrows(InvalidParameterException.class, () -> PageRequest.of("abc", null)).getMessage()
                .startsWith("page must be a whole number"));
        assertThrows(InvalidParameterException.class, () -> PageRequest.of("99999999999999999999", null));
    }

    @Test
    void neverLetsTheOffsetOverflow() {
        PageRequest last = PageRequest.of(Integer.toString(Integer.MAX_VALUE / 100 - 1), "100");

        assertTrue(last.first() > 0);
        assertThrows(InvalidParameterException.class,
                () -> PageRequest.of(Integer.toString(Integer.MAX_VALUE / 100), "100"));
    }
}
