package de.dnpm.registry.importer.application;

import de.dnpm.registry.importer.domain.Age;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AgeParserTest {

    @Test
    void countsAYearAs365AndAQuarterDays() {
        assertEquals(new Age("18 Years", 6574), AgeParser.parse("18 Years"));
        assertEquals(new Age("1 Year", 365), AgeParser.parse("1 Year"));
        assertEquals(new Age("65 Years", 23741), AgeParser.parse("65 Years"));
        assertEquals(new Age("120 Years", 43830), AgeParser.parse("120 Years"));
    }

    @Test
    void roundsAnExactHalfDayDownSoEveryEvenYearCountIsTreatedAlike() {
        assertEquals(730, AgeParser.parse("2 Years").days());
        assertEquals(2191, AgeParser.parse("6 Years").days());
        assertEquals(1096, AgeParser.parse("3 Years").days()); // 1095.75
    }

    @Test
    void convertsMonthsWeeksDaysHoursAndMinutes() {
        assertEquals(183, AgeParser.parse("6 Months").days()); // 182.625
        assertEquals(30, AgeParser.parse("1 Month").days());
        assertEquals(14, AgeParser.parse("2 Weeks").days());
        assertEquals(30, AgeParser.parse("30 Days").days());
        assertEquals(1, AgeParser.parse("1 Day").days());
        assertEquals(0, AgeParser.parse("6 Hours").days());
        assertEquals(2, AgeParser.parse("48 Hours").days());
        assertEquals(0, AgeParser.parse("30 Minutes").days());
    }

    @Test
    void keepsTheSourceTextAndIgnoresCaseAndSpacing() {
        Age age = AgeParser.parse(" 18 years ");
        assertEquals("18 years", age.text());
        assertEquals(6574, age.days());
        assertEquals(0, AgeParser.parse("0 Years").days());
    }

    @Test
    void hasNoLimitForNotApplicableMissingOrUnreadableText() {
        assertNull(AgeParser.parse("N/A"));
        assertNull(AgeParser.parse(null));
        assertNull(AgeParser.parse(" "));
        assertNull(AgeParser.parse("adults"));
    }
}
