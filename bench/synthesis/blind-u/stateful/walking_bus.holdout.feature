Feature: Walking bus to school
  Children join the walking bus along the way and are handed over when it reaches school. Each
  grown-up walking may look after at most 4 children, and a grown-up may not step out if that
  would leave too many children for the grown-ups still walking.

  Scenario: one child goes home first
    Given the grown-up count is 2
    When Kit joins the walking bus
    And Raj joins the walking bus
    And Lou joins the walking bus
    And Tia joins the walking bus
    And Max joins the walking bus
    And a grown-up steps out
    Then the walking bus refuses with "too many children for the grown-ups left"
    When Max leaves the walking bus
    And a grown-up steps out
    Then the grown-up count is 1
    And the children walking are "Kit, Raj, Lou, Tia"

  Scenario: a short walk
    Given the grown-up count is 1
    When Ava joins the walking bus
    And Ben joins the walking bus
    And Ava joins the walking bus
    Then the walking bus refuses with "Ava is already walking"
    When the walking bus reaches school
    Then the delivered count is 2
    And nobody is walking

  Scenario: three grown-ups and nine children
    Given the grown-up count is 3
    When Kit joins the walking bus
    And Raj joins the walking bus
    And Lou joins the walking bus
    And Ned joins the walking bus
    And Tia joins the walking bus
    And Max joins the walking bus
    And Ava joins the walking bus
    And Ben joins the walking bus
    And Kim joins the walking bus
    And a grown-up steps out
    Then the walking bus refuses with "too many children for the grown-ups left"
    When Kim leaves the walking bus
    And a grown-up steps out
    And Jay joins the walking bus
    Then the walking bus refuses with "each grown-up can take 4 children"
    And the grown-up count is 2
    When the walking bus reaches school
    Then the delivered count is 8
