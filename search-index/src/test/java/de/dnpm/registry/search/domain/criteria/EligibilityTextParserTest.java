package de.dnpm.registry.search.domain.criteria;

import de.dnpm.registry.search.domain.criteria.EligibilityText.Block;
import de.dnpm.registry.search.domain.criteria.EligibilityText.Item;
import de.dnpm.registry.search.domain.criteria.EligibilityText.Kind;
import de.dnpm.registry.search.domain.criteria.EligibilityText.Section;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real criteria texts from the bundled sample (see criteria/PROVENANCE.md). */
class EligibilityTextParserTest {

    @Test
    void splitsApiV2MarkdownIntoInclusionAndExclusionWithNumberedItems() {
        EligibilityText text = parse("NCT05838625");

        assertEquals(List.of(Kind.INCLUSION, Kind.EXCLUSION), kinds(text));
        Section inclusion = text.sections().getFirst();
        assertEquals("Inclusion Criteria", inclusion.heading());
        assertEquals("A participant will be eligible for entry into the study if all of the following criteria are met:",
                inclusion.blocks().get(0).paragraph());
        Block items = inclusion.blocks().get(1);
        assertTrue(items.isList());
        assertTrue(items.ordered());
        assertEquals(List.of("Has a primary diagnosis of schizophrenia.",
                "Is on a stable dose of antipsychotic medication(s).",
                "Has obtained an average score of ≥2 (moderate to severe) in at least two of the three CAINS-MAP "
                        + "domains (Social, Work, or Recreational)."), texts(items.items()));
        assertEquals(3, text.sections().get(1).blocks().get(1).items().size());
    }

    @Test
    void removesMarkdownEscapesAndKeepsStarBulletsUnordered() {
        EligibilityText text = parse("NCT05521087");

        Block inclusion = text.sections().getFirst().blocks().getFirst();
        assertFalse(inclusion.ordered());
        assertEquals("Performance status greater than or equal to (>=) 50 by lansky scale (for participants less than "
                + "[<] 16 years of age) or >=50 percent (%) karnofsky scale (for participants >=16 years of age)",
                inclusion.items().get(1).text());
        assertTrue(inclusion.items().get(2).text().contains("(mL/min/1.73m^2)"));
        assertEquals(7, text.sections().get(1).blocks().getFirst().items().size());
    }

    @Test
    void readsHeadingsWithoutColonAndKeepsTrailingParagraph() {
        EligibilityText text = parse("NCT06791122");

        assertEquals(List.of(Kind.INCLUSION, Kind.EXCLUSION), kinds(text));
        List<Block> inclusion = text.sections().getFirst().blocks();
        assertEquals(8, inclusion.getFirst().items().size());
        assertEquals("Further inclusion criteria apply.", inclusion.get(1).paragraph());
    }

    @Test
    void nestsIndentedItemsUnderTheirParent() {
        EligibilityText text = parse("NCT06791122");

        Item suicidality = text.sections().get(1).blocks().getFirst().items().get(2);
        assertTrue(suicidality.text().startsWith("Has suicidal ideation or behavior"));
        assertEquals(2, suicidality.children().size());
        assertFalse(suicidality.childrenOrdered());
        assertTrue(suicidality.children().getFirst().text().startsWith("Patients with a \"yes\" response to either"));
        assertEquals("Patients who, in the opinion of the investigator, present a risk of suicide.",
                text.sections().get(1).blocks().getFirst().items().get(3).text());
    }

    @Test
    void nestsThreeLevelsOfMarkdownLists() {
        EligibilityText text = parse("NCT05853900");

        Item lead = text.sections().getFirst().blocks().getFirst().items().getFirst();
        assertEquals("A participant will be eligible for entry into the study if all of the following criteria are met:",
                lead.text());
        assertEquals(10, lead.children().size());
        assertTrue(lead.childrenOrdered());
        Item history = lead.children().get(4);
        assertTrue(history.text().startsWith("The following will be physician-reviewed"));
        assertEquals(4, history.children().size());
        assertEquals("Four to fourteen migraine days during the run-in period", history.children().get(3).text());
        assertEquals("Is currently managing migraines with ≥1 prescription acute treatment and/or prescription first "
                + "or second-line preventive medications, as assessed by a physician.", lead.children().get(5).text());
    }

    @Test
    void dropsRepeatedEmptyExclusionSection() {
        EligibilityText text = parse("NCT05991206");

        assertEquals(List.of(Kind.INCLUSION, Kind.EXCLUSION), kinds(text));
        assertEquals(List.of("None"), texts(text.sections().get(1).blocks().getFirst().items()));
        assertTrue(text.sections().getFirst().blocks().getFirst().items().get(2).text()
                .contains("short diameter < 3 cm stage IIIA NSCLC"));
    }

    @Test
    void findsNumberedCapitalHeadingAfterAPreamble() {
        EligibilityText text = parse("NCT05266716");

        assertEquals(List.of(Kind.OTHER, Kind.EXCLUSION), kinds(text));
        Section preamble = text.sections().getFirst();
        assertNull(preamble.heading());
        assertEquals("To be eligible to participate in the study, prospective participants must:",
                preamble.blocks().getFirst().paragraph());
        assertEquals(9, preamble.blocks().get(1).items().size());
        assertEquals("III.6 EXCLUSION CRITERIA", text.sections().get(1).heading());
        List<Block> exclusion = text.sections().get(1).blocks();
        assertTrue(exclusion.getFirst().paragraph().startsWith("Individuals will be precluded from enrolling"));
        assertEquals("Pregnancy;", exclusion.get(1).items().get(3).text());
    }

    @Test
    void textWithoutInclusionHeadingIsOneSection() {
        EligibilityText text = parse("NCT02782117");

        assertEquals(List.of(Kind.OTHER), kinds(text));
        assertEquals("Major Eligibility Criteria:", text.sections().getFirst().blocks().getFirst().paragraph());
        assertEquals("Age 4 to <8 years (phase 1) or age 4 to <13 years (phase 2)",
                text.sections().getFirst().blocks().get(1).items().getFirst().text());
    }

    @Test
    void joinsHardWrappedXmlContinuationLinesIntoTheirItem() {
        EligibilityText text = parse("NCT00494923");

        assertEquals(List.of(Kind.OTHER, Kind.INCLUSION, Kind.EXCLUSION), kinds(text));
        Section participants = text.sections().getFirst();
        assertEquals("Participants:", participants.blocks().getFirst().paragraph());
        assertEquals(List.of("Patients: Primary open angle glaucoma, secondary open angle glaucoma due to PEX or MDS, "
                        + "glaucoma suspects including ocular hypertension",
                "Healthy volunteers (for cross sectional analysis only)"), texts(participants.blocks().get(1).items()));
        assertEquals(List.of("Open anterior chamber angle", "Best corrected visual acuity 0.7 or better",
                "Age between 18 and 65 years"), texts(text.sections().get(1).blocks().getFirst().items()));
        assertEquals(3, text.sections().get(2).blocks().getFirst().items().size());
    }

    @Test
    void readsPdqCapitalHeadingsAndNestedDashItems() {
        EligibilityText text = parse("NCT00005868");

        assertEquals("DISEASE CHARACTERISTICS", text.sections().getFirst().heading());
        assertEquals(Kind.OTHER, text.sections().getFirst().kind());
        List<Item> disease = text.sections().getFirst().blocks().getFirst().items();
        assertEquals("Histologically or cytologically confirmed stage IIIA non-small cell lung cancer (NSCLC) (T1-3, "
                + "N2, M0)", disease.getFirst().text());
        assertEquals(List.of("Unresectable metastasis to ipsilateral mediastinal and/or subcarinal lymph nodes"),
                texts(disease.getFirst().children()));
        assertEquals(List.of("Must be at least 20 mm in one dimension by conventional techniques or at least 10 mm by "
                + "spiral CT scan"), texts(disease.get(1).children()));
        assertEquals(5, disease.size());
        Section patient = text.sections().get(1);
        assertEquals("PATIENT CHARACTERISTICS", patient.heading());
        assertEquals("Age:", patient.blocks().getFirst().paragraph());
        assertEquals(List.of("Over 18"), texts(patient.blocks().get(1).items()));
    }

    @Test
    void joinsWrappedXmlParagraphLines() {
        EligibilityText text = parse("NCT00003982");

        assertEquals(List.of(Kind.OTHER), kinds(text));
        List<Block> blocks = text.sections().getFirst().blocks();
        assertEquals(3, blocks.size());
        assertTrue(blocks.getFirst().paragraph().startsWith("DISEASE CHARACTERISTICS: Histologically or cytologically "
                + "confirmed solid tumor that is not amenable to standard therapy Measurable"));
        assertFalse(blocks.getFirst().paragraph().contains("\n"));
        assertTrue(blocks.get(2).paragraph().startsWith("PRIOR CONCURRENT THERAPY:"));
    }

    @Test
    void keepsLineBreaksBetweenShortLinesAndReadsInlineHeadingText() {
        EligibilityText text = EligibilityTextParser.parse("Inclusion criteria: adults\nwith asthma\nExclusion Criteria:\n- smokers");

        assertEquals(List.of(Kind.INCLUSION, Kind.EXCLUSION), kinds(text));
        assertEquals("adults\nwith asthma", text.sections().getFirst().blocks().getFirst().paragraph());
        assertEquals(List.of("smokers"), texts(text.sections().get(1).blocks().getFirst().items()));
    }

    @Test
    void emptyOrMissingTextGivesNoSections() {
        assertTrue(EligibilityTextParser.parse(null).isEmpty());
        assertTrue(EligibilityTextParser.parse(" \n\n ").isEmpty());
    }

    @Test
    void clampsDeepNestingToThreeLevels() {
        EligibilityText text = EligibilityTextParser.parse("* a\n  * b\n    * c\n      * d\n* e");

        Item a = text.sections().getFirst().blocks().getFirst().items().getFirst();
        Item b = a.children().getFirst();
        assertEquals(List.of("c", "d"), texts(b.children()));
        assertEquals("e", text.sections().getFirst().blocks().getFirst().items().get(1).text());
    }

    private static EligibilityText parse(String nct) {
        try (InputStream in = EligibilityTextParserTest.class.getResourceAsStream("criteria/" + nct + ".txt")) {
            return EligibilityTextParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Kind> kinds(EligibilityText text) {
        return text.sections().stream().map(Section::kind).toList();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).toList();
    }
}
