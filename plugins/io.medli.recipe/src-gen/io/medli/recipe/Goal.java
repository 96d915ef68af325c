/**
 */
package io.medli.recipe;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Goal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.Goal#getMetric <em>Metric</em>}</li>
 *   <li>{@link io.medli.recipe.Goal#getValue <em>Value</em>}</li>
 *   <li>{@link io.medli.recipe.Goal#isRelative <em>Relative</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getGoal()
 * @model
 * @generated
 */
public interface Goal extends EObject {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.GoalMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see io.medli.recipe.GoalMetric
	 * @see #setMetric(GoalMetric)
	 * @see io.medli.recipe.RecipePackage#getGoal_Metric()
	 * @model
	 * @generated
	 */
	GoalMetric getMetric();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Goal#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see io.medli.recipe.GoalMetric
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(GoalMetric value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(double)
	 * @see io.medli.recipe.RecipePackage#getGoal_Value()
	 * @model
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Goal#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Returns the value of the '<em><b>Relative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relative</em>' attribute.
	 * @see #setRelative(boolean)
	 * @see io.medli.recipe.RecipePackage#getGoal_Relative()
	 * @model
	 * @generated
	 */
	boolean isRelative();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Goal#isRelative <em>Relative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relative</em>' attribute.
	 * @see #isRelative()
	 * @generated
	 */
	void setRelative(boolean value);

} // Goal
