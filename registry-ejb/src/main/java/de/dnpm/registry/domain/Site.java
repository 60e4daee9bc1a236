package de.dnpm.registry.domain;

import de.dnpm.registry.infrastructure.StudyListConverters;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.List;

/** A place where the study recruits or ran, with its own recruitment status, coordinates and contacts. */
@Entity
@Table(name = "site")
public class Site {

    @Id
    @SequenceGenerator(name = "siteSeq", sequenceName = "site_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "siteSeq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "study_id", nullable = false)
    private Study study;

    @Column(name = "facility", length = 1000)
    private String facility;
    @Column(name = "city", length = 500)
    private String city;
    @Column(name = "state", length = 500)
    private String state;
    @Column(name = "postal_code", length = 50)
    private String postalCode;
    @Column(name = "country", length = 200)
    private String country;
    @Column(name = "site_status", length = 50)
    private String status;
    @Column(name = "latitude")
    private Double latitude;
    @Column(name = "longitude")
    private Double longitude;

    @Convert(converter = StudyListConverters.Contacts.class)
    @Column(name = "contacts_json")
    private List<ContactPerson> contacts = List.of();

    protected Site() {
    }

    public Site(Study study, String facility, String city, String state, String postalCode, String country,
                String status, Double latitude, Double longitude, List<ContactPerson> contacts) {
        this.study = study;
        this.facility = facility;
        this.city = city;
        this.state = state;
        this.postalCode = postalCode;
        this.country = country;
        this.status = status;
        this.latitude = latitude;
        this.longitude = longitude;
        this.contacts = List.copyOf(contacts);
    }

    public Long getId() {
        return id;
    }

    public Study getStudy() {
        return study;
    }

    public String getFacility() {
        return facility;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCountry() {
        return country;
    }

    public String getStatus() {
        return status;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public List<ContactPerson> getContacts() {
        return contacts;
    }
}
