package io.medli.recipe.run;

/** A recipe that cannot run or a step that failed; the message names the step and what to do. */
public final class RecipeRunException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecipeRunException(String message) {
        super(message);
    }

    public RecipeRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
