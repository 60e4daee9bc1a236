package de.dnpm.registry.search.domain;

/** The query text could not be parsed; the message says where and is safe to show to the user. */
public class InvalidQueryException extends RuntimeException {
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
