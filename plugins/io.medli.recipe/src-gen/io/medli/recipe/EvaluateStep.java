/**
 */
package io.medli.recipe;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluate Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.EvaluateStep#getTensors <em>Tensors</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getEvaluateStep()
 * @model
 * @generated
 */
public interface EvaluateStep extends MeasureStep {
	/**
	 * Returns the value of the '<em><b>Tensors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tensors</em>' attribute list.
	 * @see io.medli.recipe.RecipePackage#getEvaluateStep_Tensors()
	 * @model
	 * @generated
	 */
	EList<String> getTensors();

} // EvaluateStep
