/**
 */
package io.medli.recipe;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Optimize Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.OptimizeStep#getLevel <em>Level</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getOptimizeStep()
 * @model
 * @generated
 */
public interface OptimizeStep extends Step {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.OptimizeLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see io.medli.recipe.OptimizeLevel
	 * @see #setLevel(OptimizeLevel)
	 * @see io.medli.recipe.RecipePackage#getOptimizeStep_Level()
	 * @model
	 * @generated
	 */
	OptimizeLevel getLevel();

	/**
	 * Sets the value of the '{@link io.medli.recipe.OptimizeStep#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see io.medli.recipe.OptimizeLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(OptimizeLevel value);

} // OptimizeStep
