/**
 */
package io.medli.recipe;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.Target#getKind <em>Kind</em>}</li>
 *   <li>{@link io.medli.recipe.Target#getBoard <em>Board</em>}</li>
 *   <li>{@link io.medli.recipe.Target#getThreads <em>Threads</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getTarget()
 * @model
 * @generated
 */
public interface Target extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.medli.recipe.TargetKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.medli.recipe.TargetKind
	 * @see #setKind(TargetKind)
	 * @see io.medli.recipe.RecipePackage#getTarget_Kind()
	 * @model
	 * @generated
	 */
	TargetKind getKind();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Target#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.medli.recipe.TargetKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TargetKind value);

	/**
	 * Returns the value of the '<em><b>Board</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Board</em>' attribute.
	 * @see #setBoard(String)
	 * @see io.medli.recipe.RecipePackage#getTarget_Board()
	 * @model
	 * @generated
	 */
	String getBoard();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Target#getBoard <em>Board</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Board</em>' attribute.
	 * @see #getBoard()
	 * @generated
	 */
	void setBoard(String value);

	/**
	 * Returns the value of the '<em><b>Threads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threads</em>' attribute.
	 * @see #setThreads(int)
	 * @see io.medli.recipe.RecipePackage#getTarget_Threads()
	 * @model
	 * @generated
	 */
	int getThreads();

	/**
	 * Sets the value of the '{@link io.medli.recipe.Target#getThreads <em>Threads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threads</em>' attribute.
	 * @see #getThreads()
	 * @generated
	 */
	void setThreads(int value);

} // Target
