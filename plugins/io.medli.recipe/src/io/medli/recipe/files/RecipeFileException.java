package io.medli.recipe.files;

/** A recipe file that cannot be read or written; the message names the file and what to do. */
public final class RecipeFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecipeFileException(String message) {
        super(message);
    }
}
