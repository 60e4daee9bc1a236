package de.dnpm.registry.application.board;

import jakarta.ejb.ApplicationException;

/**
 * The case does not exist or is not the caller's to see: both answer the same, so nobody learns that another board's
 * case (or another practice's referral) exists. The message holds the opaque id only.
 */
@ApplicationException(rollback = true)
public class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseNotFoundException(String id) {
        super("No such case: " + id);
    }
}
