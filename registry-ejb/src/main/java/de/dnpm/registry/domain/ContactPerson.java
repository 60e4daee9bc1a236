package de.dnpm.registry.domain;

/** A contact of a study or site, as the registry lists it. */
public class ContactPerson {
    private final String name;
    private final String role;
    private final String phone;
    private final String email;

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
