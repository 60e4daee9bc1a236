package de.dnpm.registry.search.domain.criteria;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cancer and immune therapies by their names (generic, brand, code, German spellings) and the classes they belong to
 * (EGFR_TKI, ALK_INHIBITOR, PLATINUM, PD1_PDL1, TNF_INHIBITOR, JAK_INHIBITOR, ...): hand-made data ({@value #THERAPIES},
 * one row per therapy: generic name, classes separated by commas, other names separated by "|"; PROVENANCE.md beside
 * it says how it was made). A regimen ("FOLFOX") is a row whose classes are those of its drugs. Immutable.
 */
public final class TherapyVocabulary {

    public static final String THERAPIES = "/de/dnpm/registry/search/criteria/therapies.tsv";

    private static volatile TherapyVocabulary standard;

    private final Map<String, String> genericByName;
    private final Map<String, Set<String>> classesByGeneric;
    /** Names by their first word, longest first: what {@link #mentionsIn} looks up word by word. */
    private final Map<String, List<Name>> namesByFirstWord;

    /** A therapy or a class of therapies named in a sentence: characters {@code start}–{@code end} of it. */
    public record Mention(int start, int end, String key) {
        /** True for "CLASS:…", false for "DRUG:…". */
        public boolean isClass() {
            return key.startsWith(CLASS);
        }
    }

    public static final String DRUG = "DRUG:";
    public static final String CLASS = "CLASS:";

    private record Name(String[] words, String generic) {
    }

    /**
     * Words that name a class of therapies rather than a drug ("EGFR TKI", "platinum-based chemotherapy",
     * "anti-PD-1", "checkpoint inhibitor", "TNF-Inhibitor", "Biologika"), read in lower case; the more specific first.
     */
    private static final List<ClassWords> CLASS_WORDS = List.of(
            cls("EGFR_TKI", new String[] {"egfr", "epidermal"}, "\\bepidermal growth factor receptor[- ](?:tkis?|tyrosine[- ]kinase[- ]inhibitors?|inhibitors?)\\b|\\begfr[- ]?(?:tkis?|tyrosine[- ]kinase[- ]inhibitors?|inhibitors?|-?targeted (?:therapy|tki|agents?)|tyrosinkinase-?inhibitor\\w*)\\b"),
            cls("ALK_INHIBITOR", new String[] {"alk"}, "\\balk[- ]?(?:tkis?|tyrosine[- ]kinase[- ]inhibitors?|inhibitors?|-?targeted (?:therapy|agents?)|-?inhibitor\\w*)\\b"),
            cls("ROS1_INHIBITOR", new String[] {"ros1"}, "\\bros1[- ]?(?:tkis?|tyrosine[- ]kinase[- ]inhibitors?|inhibitors?|-?targeted (?:therapy|agents?))\\b"),
            cls("MET_INHIBITOR", new String[] {"met"}, "\\bc?-?met[- ]?(?:tkis?|tyrosine[- ]kinase[- ]inhibitors?|inhibitors?|-?targeted (?:therapy|agents?))\\b"),
            cls("RET_INHIBITOR", new String[] {"ret"}, "\\bret[- ](?:tkis?|inhibitors?|-?targeted (?:therapy|agents?))\\b"),
            cls("BRAF_INHIBITOR", new String[] {"braf"}, "\\bbraf[- ]?(?:tkis?|inhibitors?|-?targeted (?:therapy|agents?))\\b"),
            cls("MEK_INHIBITOR", new String[] {"mek"}, "\\bmek[- ]?(?:1/2 )?inhibitors?\\b"),
            cls("KRAS_G12C_INHIBITOR", new String[] {"g12c"}, "\\bkras[- ]?(?:p\\.)?g12c[- ]?(?:inhibitors?|-?targeted (?:therapy|agents?)|-?directed (?:therapy|agents?))\\b"),
            cls("KRAS_INHIBITOR", new String[] {"kras"}, "\\bkras[- ]inhibitors?\\b"),
            cls("HER2_TARGETED", new String[] {"her2", "erbb2"}, "\\b(?:anti-?her2|her2[- ](?:targeted|directed)|anti-?erbb2|her2[- ]inhibitors?|her2[- ]tkis?)\\b"),
            cls("PARP_INHIBITOR", new String[] {"parp"}, "\\bparp[- ]?(?:inhibitors?|-?inhibitor\\w*)\\b"),
            cls("CDK46_INHIBITOR", new String[] {"cdk"}, "\\bcdk ?4/6[- ]?(?:inhibitors?|-?inhibitor\\w*)\\b"),
            cls("PI3K_INHIBITOR", new String[] {"pi3k"}, "\\bpi3k(?:/mtor)?[- ]?inhibitors?\\b"),
            cls("MTOR_INHIBITOR", new String[] {"mtor"}, "\\bmtor[- ]?inhibitors?\\b"),
            cls("FGFR_INHIBITOR", new String[] {"fgfr"}, "\\bfgfr[- ]?(?:tkis?|inhibitors?)\\b"),
            cls("NTRK_INHIBITOR", new String[] {"trk"}, "\\b(?:ntrk|trk)[- ]?(?:tkis?|inhibitors?)\\b"),
            cls("BTK_INHIBITOR", new String[] {"btk"}, "\\bbtk[- ]?(?:inhibitors?|-?inhibitor\\w*)\\b"),
            cls("BCL2_INHIBITOR", new String[] {"bcl"}, "\\bbcl-?2[- ]?inhibitors?\\b"),
            cls("FLT3_INHIBITOR", new String[] {"flt"}, "\\bflt-?3[- ]?(?:tkis?|inhibitors?)\\b"),
            cls("IDH_INHIBITOR", new String[] {"idh"}, "\\bidh[12]?[- ]?inhibitors?\\b"),
            cls("PROTEASOME_INHIBITOR", new String[] {"proteasome"}, "\\bproteasome[- ]inhibitors?\\b"),
            cls("IMID", new String[] {"imid", "immunomodulatory"}, "\\b(?:immunomodulatory (?:drugs?|agents?|imids?)|imids?)\\b"),
            cls("ANTI_CD38", new String[] {"cd38"}, "\\banti-?cd38\\b"),
            cls("ANTI_CD20", new String[] {"cd20"}, "\\banti-?cd20\\b"),
            cls("HYPOMETHYLATING", new String[] {"hypomethyl"}, "\\bhypomethylating agents?\\b"),
            cls("CAR_T", new String[] {"car", "chimeric"}, "\\bcar[- ]?t(?:[- ]cells?)?(?: therapy)?\\b|\\bchimeric antigen receptor\\b"),
            cls("BISPECIFIC", new String[] {"bispecific"}, "\\bbispecific (?:antibod(?:y|ies)|t-cell engagers?)\\b"),
            cls("ADC", new String[] {"adc", "conjugate"}, "\\bantibody[- ]drug[- ]conjugates?\\b|\\badcs?\\b"),
            cls("PD1_PDL1", new String[] {"pd"}, "\\b(?:anti-?pd-?(?:l)?1|pd-?(?:l)?1[- ](?:/pd-?l1[- ])?(?:inhibitors?|blockers?|blockade|antibod(?:y|ies)|-?inhibitor\\w*|directed|targeted)|pd-\\(?l\\)?1 (?:inhibitors?|antibod(?:y|ies))|pd-1/pd-l1 (?:inhibitors?|antibod(?:y|ies)|blockade|axis))\\b"),
            cls("CTLA4", new String[] {"ctla"}, "\\b(?:anti-?ctla-?4|ctla-?4[- ](?:inhibitors?|antibod(?:y|ies)|blockade))\\b"),
            cls("CHECKPOINT_INHIBITOR", new String[] {"checkpoint", "ici"}, "\\b(?:immune[- ])?checkpoint[- ](?:inhibitors?|inhibition|blockade|blockers?|-?inhibitor\\w*)\\b|\\bicis?\\b"),
            cls("IMMUNOTHERAPY", new String[] {"immun"}, "\\bimmunotherap(?:y|ies)\\b|\\bimmuntherapie\\w*"),
            cls("PLATINUM", new String[] {"platin"}, "\\bplatin(?:um)?[- ]?(?:based|containing|doublet|-?haltig\\w*|therapy|chemotherapy|agents?|compounds?|salts?|derivatives?)\\b"),
            cls("TAXANE", new String[] {"taxan"}, "\\btaxanes?\\b|\\btaxan-?haltig\\w*"),
            cls("ANTHRACYCLINE", new String[] {"anthra"}, "\\banthracyclines?\\b|\\banthrazykline?\\w*"),
            cls("FLUOROPYRIMIDINE", new String[] {"fluoropyr"}, "\\bfluoropyrimidines?\\b"),
            cls("ANTI_VEGF", new String[] {"vegf", "angiogen"}, "\\b(?:anti-?vegf(?:r)?|vegf(?:r)?[- ](?:inhibitors?|targeted|tkis?))\\b|\\banti-?angiogen\\w*"),
            cls("AROMATASE_INHIBITOR", new String[] {"aromata"}, "\\baromatase[- ]inhibitors?\\b|\\baromatasehemmer\\w*"),
            cls("ENDOCRINE", new String[] {"therap"}, "\\b(?:endocrine|hormonal|anti-?hormonal) therap(?:y|ies)\\b|\\bendokrine therapie\\b"),
            cls("TKI", new String[] {"tki", "tyrosine"}, "\\btyrosine[- ]kinase[- ]inhibitors?\\b|\\btkis?\\b"),
            cls("CHEMOTHERAPY", new String[] {"chemo", "cytotox"}, "\\b(?:cytotoxic )?chemotherap(?:y|ies)\\b|\\bchemotherapie\\w*|\\bcytotoxic (?:therapy|agents?|drugs?)\\b"),
            cls("TNF_INHIBITOR", new String[] {"tnf", "necrosis"}, "\\btumou?r[- ]necrosis[- ]factor(?:[- ]alpha|[- ]α)?[- ](?:inhibitors?|antagonists?|blockers?)\\b|\\btnfis?\\b|\\b(?:anti-?tnf(?:-?(?:alpha|α|a))?|tnf(?:-?(?:alpha|α|a))?[- ]?(?:inhibitors?|antagonists?|blockers?|-?inhibitor\\w*|-?blocker\\w*|-?hemmer\\w*))\\b"),
            cls("JAK_INHIBITOR", new String[] {"jak", "janus"}, "\\b(?:jak|janus[- ]kinase)[- ]?(?:inhibitors?|-?inhibitor\\w*|-?hemmer\\w*)\\b"),
            cls("IL17_INHIBITOR", new String[] {"il"}, "\\b(?:anti-?il-?17\\w*|il-?17[a-z]?[- ]?(?:inhibitors?|antagonists?|blockers?))\\b"),
            cls("IL23_INHIBITOR", new String[] {"il"}, "\\b(?:anti-?il-?23\\w*|il-?23[- ]?(?:inhibitors?|antagonists?|blockers?)|anti-?il-?12/23)\\b"),
            cls("INTEGRIN_INHIBITOR", new String[] {"integrin"}, "\\b(?:anti-?integrins?|integrin[- ](?:inhibitors?|antagonists?|blockers?))\\b"),
            cls("S1P_MODULATOR", new String[] {"s1p"}, "\\bs1p[- ]?(?:receptor[- ])?modulators?\\b"),
            cls("BIOLOGIC", new String[] {"biolog", "bdmard"}, "\\bbiologics?\\b|\\bbiologic(?:al)? (?:therap(?:y|ies)|agents?|treatments?|drugs?|dmards?)\\b|\\bbiologika\\b|\\bbiologikums?\\b|\\bbdmards?\\b"),
            cls("DMARD", new String[] {"dmard", "disease"}, "\\b(?:cs|conventional )?dmards?\\b|\\bdisease[- ]modifying anti-?rheumatic drugs?\\b"));

    /** {@code hints}: one of these strings stands in every text the pattern matches (a quick test first). */
    private record ClassWords(String key, String[] hints, java.util.regex.Pattern pattern) {
        boolean mayMatch(String lower) {
            for (String hint : hints) {
                if (lower.contains(hint)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static ClassWords cls(String key, String[] hints, String regex) {
        return new ClassWords(key, hints, java.util.regex.Pattern.compile(regex));
    }

    /** {@code rows}: generic name, its classes, its other names. */
    public TherapyVocabulary(List<Row> rows) {
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> classes = new HashMap<>();
        for (Row row : rows) {
            String generic = normal(row.generic());
            classes.put(generic, Collections.unmodifiableSet(new LinkedHashSet<>(row.classes())));
            names.put(generic, generic);
            for (String name : row.names()) {
                names.putIfAbsent(normal(name), generic);
            }
        }
        this.genericByName = Map.copyOf(names);
        this.classesByGeneric = Map.copyOf(classes);
        Map<String, List<Name>> byFirst = new HashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String[] words = words(e.getKey()).toArray(String[]::new);
            if (words.length > 0) {
                byFirst.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(new Name(words, e.getValue()));
            }
        }
        byFirst.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
        this.namesByFirstWord = Map.copyOf(byFirst);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    private static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The therapies ("DRUG:osimertinib", a regimen "DRUG:folfox") and classes of therapies ("CLASS:EGFR_TKI") a
     * sentence names, in order, without overlaps (a class phrase wins over a drug name inside it).
     */
    public List<Mention> mentionsIn(String sentence) {
        List<Mention> found = new java.util.ArrayList<>();
        if (sentence == null || sentence.isEmpty()) {
            return found;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (ClassWords words : CLASS_WORDS) {
            if (!words.mayMatch(lower)) {
                continue;
            }
            java.util.regex.Matcher m = words.pattern().matcher(lower);
            while (m.find()) {
                if (free(found, m.start(), m.end())) {
                    found.add(new Mention(m.start(), m.end(), CLASS + words.key()));
                }
            }
        }
        java.util.regex.Matcher m = WORD.matcher(lower);
        List<int[]> spans = new java.util.ArrayList<>();
        List<String> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            List<Name> candidates = namesByFirstWord.get(tokens.get(i));
            if (candidates == null) {
                continue;
            }
            for (Name name : candidates) {
                if (matchesAt(tokens, i, name.words())) {
                    int start = spans.get(i)[0];
                    int end = spans.get(i + name.words().length - 1)[1];
                    if (free(found, start, end)) {
                        found.add(new Mention(start, end, DRUG + name.generic()));
                    }
                    i += name.words().length - 1;
                    break;
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    private static boolean matchesAt(List<String> tokens, int at, String[] words) {
        if (at + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(at + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean free(List<Mention> found, int start, int end) {
        for (Mention m : found) {
            if (start < m.end() && m.start() < end) {
                return false;
            }
        }
        return true;
    }

    /** One therapy of the vocabulary. */
    public record Row(String generic, List<String> classes, List<String> names) {
        public Row {
            classes = List.copyOf(classes);
            names = List.copyOf(names);
        }
    }

    /** The shipped vocabulary, loaded once. */
    public static TherapyVocabulary standard() {
        TherapyVocabulary loaded = standard;
        if (loaded == null) {
            synchronized (TherapyVocabulary.class) {
                if (standard == null) {
                    standard = load();
                }
                loaded = standard;
            }
        }
        return loaded;
    }

    private static TherapyVocabulary load() {
        try (InputStream in = TherapyVocabulary.class.getResourceAsStream(THERAPIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + THERAPIES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new java.util.ArrayList<>();
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (header || line.isBlank() || line.startsWith("#")) {
                    header = header && !line.startsWith("#") ? false : header;
                    continue;
                }
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], split(f.length > 1 ? f[1] : "", ","), split(f.length > 2 ? f[2] : "", "\\|")));
            }
            return new TherapyVocabulary(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String value, String separator) {
        return value.isBlank() ? List.of() : java.util.Arrays.stream(value.split(separator)).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The generic name of a drug as written ("Tagrisso", "AZD9291", "Osimertinib" → "osimertinib"), if known. */
    public Optional<String> drug(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(genericByName.get(normal(name)));
    }

    /** The classes of a drug or regimen ("osimertinib" → EGFR_TKI; "FOLFOX" → PLATINUM, FLUOROPYRIMIDINE, ...). */
    public Set<String> classesOf(String drugOrRegimen) {
        return drug(drugOrRegimen).map(classesByGeneric::get).orElse(Set.of());
    }

    /** Every name the vocabulary knows, normalised (lower case, single spaces), with its generic name. */
    public Map<String, String> names() {
        return genericByName;
    }

    static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ");
    }
}
