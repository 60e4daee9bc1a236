package de.dnpm.registry.rest.export;

import de.dnpm.registry.rest.InvalidParameterException;
import de.dnpm.registry.rest.StudyDetail;
import de.dnpm.registry.web.LabelTexts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The columns of a CSV export, named as in {@code columns=id,title,status}. Coded values (status, phase, type, sex,
 * countries) are written as readable labels in the reader's language, since a spreadsheet is read by people; dates stay
 * ISO ("2025-11" or "2025-11-06") so that they sort. Several values in one cell are separated by " | ".
 */
public enum ExportColumn {
    ID("id", (s, l) -> s.detail().id()),
    TITLE("title", (s, l) -> s.detail().title()),
    OFFICIAL_TITLE("officialTitle", (s, l) -> s.detail().officialTitle()),
    STATUS("status", (s, l) -> l.code("status", s.detail().status())),
    PHASE("phase", (s, l) -> join(s.detail().phases().stream().map(p -> l.code("phase", p)))),
    TYPE("type", (s, l) -> l.code("studyType", s.detail().studyType())),
    CONDITIONS("conditions", (s, l) -> join(s.detail().conditions().stream())),
    INTERVENTIONS("interventions",
            (s, l) -> join(s.detail().interventions().stream().map(StudyDetail.Intervention::name))),
    SPONSOR("sponsor", (s, l) -> s.detail().leadSponsor()),
    START("start", (s, l) -> s.detail().dates().start()),
    COMPLETION("completion", (s, l) -> s.detail().dates().completion()),
    FIRST_POSTED("firstPosted", (s, l) -> s.detail().dates().firstPosted()),
    LAST_UPDATE("lastUpdate", (s, l) -> s.detail().lastUpdate()),
    ENROLLMENT("enrollment", (s, l) -> s.detail().enrollment() == null ? null : s.detail().enrollment().toString()),
    COUNTRIES("countries", (s, l) -> join(s.detail().countries().stream().map(l::country))),
    SITES("sites", (s, l) -> Integer.toString(s.detail().sites().size())),
    MIN_AGE("minAge", (s, l) -> s.detail().eligibility().minimumAge()),
    MAX_AGE("maxAge", (s, l) -> s.detail().eligibility().maximumAge()),
    SEX("sex", (s, l) -> l.code("sex", s.detail().eligibility().sex())),
    IDENTIFIERS("identifiers", (s, l) -> join(s.detail().identifiers().stream()
            .filter(id -> !"SPONSOR".equals(id.scheme()) && !"OTHER".equals(id.scheme()))
            .map(StudyDetail.Identifier::value))),
    URL("url", (s, l) -> s.pageUrl()),
    REGISTRY_URL("registryUrl", (s, l) -> s.detail().sourceUrl());

    /** The columns when {@code columns} is not given: what a list of studies to compare or contact needs. */
    public static final List<ExportColumn> DEFAULT = List.of(ID, TITLE, STATUS, PHASE, TYPE, CONDITIONS, SPONSOR,
            START, COMPLETION, LAST_UPDATE, ENROLLMENT, COUNTRIES, URL);

    private final String parameterName;
    private final BiFunction<ExportedStudy, LabelTexts, String> value;

    ExportColumn(String parameterName, BiFunction<ExportedStudy, LabelTexts, String> value) {
        this.parameterName = parameterName;
        this.value = value;
    }

    public String parameterName() {
        return parameterName;
    }

    /** The bundle key of the column's heading. */
    public String headingKey() {
        return "export.column." + parameterName;
    }

    /** The cell of this column for one study (null when the study has no such value). */
    public String valueOf(ExportedStudy study, LabelTexts labels) {
        return value.apply(study, labels);
    }

    /**
     * The {@code columns} parameter: names separated by commas, in the order wanted, each at most once; absent or blank
     * gives {@link #DEFAULT}. An unknown name is a 400 that lists the known ones.
     */
    public static List<ExportColumn> parse(String columns) {
        if (columns == null || columns.isBlank()) {
            return DEFAULT;
        }
        List<ExportColumn> chosen = new ArrayList<>();
        for (String name : columns.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            ExportColumn column = Arrays.stream(values()).filter(c -> c.parameterName.equalsIgnoreCase(name.strip()))
                    .findFirst().orElseThrow(() -> new InvalidParameterException("columns: unknown column \""
                            + shorten(name.strip()) + "\"; known are " + Arrays.stream(values())
                            .map(ExportColumn::parameterName).collect(Collectors.joining(","))));
            if (chosen.contains(column)) {
                throw new InvalidParameterException("columns: \"" + column.parameterName + "\" is named twice");
            }
            chosen.add(column);
        }
        if (chosen.isEmpty()) {
            return DEFAULT;
        }
        return List.copyOf(chosen);
    }

    private static String join(Stream<String> values) {
        String joined = values.filter(Objects::nonNull).filter(v -> !v.isBlank()).collect(Collectors.joining(" | "));
        return joined.isEmpty() ? null : joined;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
