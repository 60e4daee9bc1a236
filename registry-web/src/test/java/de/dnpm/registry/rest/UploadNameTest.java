package de.dnpm.registry.rest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UploadNameTest {

    @Test
    void readsTheQuotedOrPlainFilename() {
        assertEquals(Optional.of("ctg-studies.zip"),
                UploadName.fromContentDisposition("attachment; filename=\"ctg-studies.zip\""));
        assertEquals(Optional.of("drks.json"), UploadName.fromContentDisposition("form-data; name=file; filename=drks.json"));
        assertEquals(Optional.of("a;b \"c\".json"),
                UploadName.fromContentDisposition("attachment; filename=\"a;b \\\"c\\\".json\""));
    }

    @Test
    void prefersTheRfc8187FormWithItsCharset() {
        assertEquals(Optional.of("Studien Übersicht.xml"), UploadName.fromContentDisposition(
                "attachment; filename=\"Studien Uebersicht.xml\"; filename*=UTF-8''Studien%20%C3%9Cbersicht.xml"));
        assertEquals(Optional.of("Ärzte.json"),
                UploadName.fromContentDisposition("attachment; FILENAME*=iso-8859-1'de'%C4rzte.json"));
    }

    @Test
    void fallsBackToThePlainNameWhenTheExtendedOneIsUnreadable() {
        assertEquals(Optional.of("plain.json"), UploadName.fromContentDisposition(
                "attachment; filename*=KOI8-R''%F0.json; filename=plain.json"));
        assertEquals(Optional.of("plain.json"), UploadName.fromContentDisposition(
                "attachment; filename*=UTF-8''bad%2; filename=plain.json"));
    }

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertEquals(Optional.of("file.zip"),
                UploadName.fromContentDisposition("attachment; filename=\"C:\\\\Users\\\\me\\\\file.zip\""));
        assertEquals(Optional.of("passwd"), UploadName.clean("../../etc/passwd"));
        assertEquals(Optional.of("x.json"), UploadName.clean("/tmp/x.json"));
    }

    @Test
    void dropsControlCharactersAndRefusesEmptyOrDotNames() {
        assertEquals(Optional.of("evil.json"), UploadName.clean("ev\u0000il\r\n.json\u202e"));
        assertEquals(Optional.empty(), UploadName.clean("  "));
        assertEquals(Optional.empty(), UploadName.clean(".."));
        assertEquals(Optional.empty(), UploadName.clean("dir/"));
        assertEquals(Optional.empty(), UploadName.clean(null));
        assertEquals(Optional.empty(), UploadName.fromContentDisposition("attachment"));
        assertEquals(Optional.empty(), UploadName.fromContentDisposition(null));
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String name = UploadName.clean("x".repeat(300) + ".json").orElseThrow();

        assertEquals(UploadName.MAX_LENGTH, name.length());
        assertEquals(".json", name.substring(name.length() - 5));
    }
}
