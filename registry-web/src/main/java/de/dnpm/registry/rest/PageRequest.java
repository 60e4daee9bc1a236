package de.dnpm.registry.rest;

/**
 * The {@code page} and {@code size} query parameters of a paged list (page 0-based), checked. Numbers arrive as text so
 * that "page=abc" is a clear 400 naming the parameter rather than the framework's 404.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Validates raw values; throws InvalidParameterException naming the first bad one. */
    public static PageRequest of(String page, String size) {
        int pageSize = size == null || size.isBlank() ? DEFAULT_SIZE : number("size", size, 1, MAX_SIZE);
        // the offset page * size must stay an int
        int maxPage = Integer.MAX_VALUE / pageSize - 1;
        int pageNumber = page == null || page.isBlank() ? 0 : number("page", page, 0, maxPage);
        return new PageRequest(pageNumber, pageSize);
    }

    /** The offset of the page's first item. */
    public int first() {
        return page * size;
    }

    private static int number(String name, String value, int min, int max) {
        long n;
        try {
            n = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name + " must be a whole number");
        }
        if (n < min || n > max) {
            throw new InvalidParameterException(name + " must be between " + min + " and " + max);
        }
        return (int) n;
    }
}
