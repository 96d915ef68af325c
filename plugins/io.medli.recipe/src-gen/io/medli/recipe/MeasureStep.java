/**
 */
package io.medli.recipe;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Measure Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.MeasureStep#getReference <em>Reference</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getMeasureStep()
 * @model abstract="true"
 * @generated
 */
public interface MeasureStep extends Step {
	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see io.medli.recipe.RecipePackage#getMeasureStep_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link io.medli.recipe.MeasureStep#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

} // MeasureStep
