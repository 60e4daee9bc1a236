package de.dnpm.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A contact of a study or site, as the registry lists it. */
@Embeddable
public class ContactPerson {
    @Column(length = 500)
    private String name;
    @Column(length = 100)
    private String role;
    @Column(length = 200)
    private String phone;
    @Column(length = 500)
    private String email;

    protected ContactPerson() {
    }

    public ContactPerson(String name, String role, String phone, String email) {
        this.name = name;
        this.role = role;
        this.phone = phone;
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
