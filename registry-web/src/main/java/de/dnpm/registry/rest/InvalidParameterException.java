package de.dnpm.registry.rest;

/** A request parameter the API cannot accept; the message names the parameter and is safe to show to a client. */
public class InvalidParameterException extends IllegalArgumentException {
    public InvalidParameterException(String message) {
        super(message);
    }
}
