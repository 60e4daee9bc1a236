package de.dnpm.registry.search.infrastructure;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.Query;

import java.util.regex.Pattern;

/**
 * A query that speaks of children ("Leukämie bei Kindern", "pediatric asthma") prefers trials that admit them: a trial
 * whose lowest age is under 18 years (or not stated) scores {@value #OPEN_TO_CHILDREN}×. A preference, not a filter:
 * the age filter is there for a child's actual age.
 */
final class ChildrenInText {

    static final float OPEN_TO_CHILDREN = 2f;
    private static final int ADULT_DAYS = 18 * StudyQueryBuilder.DAYS_PER_YEAR;
    private static final Pattern CHILDREN = Pattern.compile(
            "\\b(?:kinder|kindern|kind|kindes|kindesalter|kinderheilkunde|jugendliche[n]?|p(?:ä|ae)diatrisch\\w*"
                    + "|child|children|childhood|pa?ediatric|infants?|adolescents?)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ChildrenInText() {
    }

    static Query apply(Query ranked, String text) {
        if (text == null || !CHILDREN.matcher(text).find()) {
            return ranked;
        }
        return FunctionScoreQuery.boostByQuery(ranked,
                IntPoint.newRangeQuery(StudyFields.MIN_AGE_DAYS, Integer.MIN_VALUE, ADULT_DAYS - 1), OPEN_TO_CHILDREN);
    }
}
