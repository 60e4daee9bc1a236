package de.dnpm.registry.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of WHO ICTRP's full and weekly CSV exports, which ship without a header line: the list WHO publishes
 * (ictrp-csv-doc/ICTRP_export_datafields.txt, FORMATS.md §5). It grew twice, so a row's column count tells the
 * layout: 62 since May 2020 (Agemin, Agemax, Gender added), 59 since November 2018 (Target_size added), 58 before.
 */
final class IctrpFullExportColumns {

    private static final List<String> CURRENT = List.of("TrialID", "SecondaryIDs", "public_title",
            "Scientific_title", "url", "Public_Contact_Firstname", "Public_Contact_Lastname", "Public_Contact_Address",
            "Public_Contact_Email", "Public_Contact_Tel", "Public_Contact_Affiliation", "Scientific_Contact_Firstname",
            "Scientific_Contact_Lastname", "Scientific_Contact_Address", "Scientific_Contact_Email",
            "Scientific_Contact_Tel", "Scientific_Contact_Affiliation", "study_type", "study_design", "phase",
            "Date_registration", "Date_enrollement", "Target_size", "Recruitment_status", "Primary_sponsor",
            "Secondary_sponsors", "Source_Support", "Countries", "Conditions", "Interventions", "Agemin", "Agemax",
            "Gender", "Inclusion_Criteria", "Exclusion_Criteria", "Primary_Outcome", "Secondary_Outcomes",
            "Bridging_flag", "Bridged_type", "Childs", "type_enrolment", "Retrospective_flag",
            "results_actual_enrollment", "results_url_link", "results_summary", "results_date_posted",
            "results_date_first_publication", "results_baseline_char", "results_participant_flow",
            "results_adverse_events", "results_outcome_measures", "results_url_protocol", "results_IPD_plan",
            "results_IPD_description", "results_date_completed", "results_yes_no", "Ethics_Status",
            "Ethics_Approval_Date", "Ethics_Contact_Name", "Ethics_Contact_Address", "Ethics_Contact_Phone",
            "Ethics_Contact_Email");
    private static final List<String> BEFORE_2020 = without(CURRENT, "Agemin", "Agemax", "Gender");
    private static final List<String> BEFORE_2018_11 = without(BEFORE_2020, "Target_size");

    private IctrpFullExportColumns() {
    }

    /** The column names of a row with {@code count} values, or empty when no published layout has that many. */
    static Optional<List<String>> forCount(int count) {
        for (List<String> layout : List.of(CURRENT, BEFORE_2020, BEFORE_2018_11)) {
            if (layout.size() == count) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }

    private static List<String> without(List<String> columns, String... dropped) {
        List<String> kept = new ArrayList<>(columns);
        kept.removeAll(List.of(dropped));
        return List.copyOf(kept);
    }
}
