Feature: Walking bus to school
  Children join the walking bus along the way and are handed over when it reaches school. Each
  grown-up walking may look after at most 4 children, and a grown-up may not step out if that
  would leave too many children for the grown-ups still walking.

  Scenario: children join along the route
    Given the grown-up count is 1
    When Kit joins the walking bus
    And Raj joins the walking bus
    And Lou joins the walking bus
    Then the children walking are "Kit, Raj, Lou"
    When the walking bus reaches school
    Then nobody is walking
    And the delivered count is 3

  Scenario: four children for each grown-up
    Given the grown-up count is 1
    When Tia joins the walking bus
    And Max joins the walking bus
    And Ava joins the walking bus
    And Ben joins the walking bus
    And Ned joins the walking bus
    Then the walking bus refuses with "each grown-up can take 4 children"
    When a grown-up joins
    And Ned joins the walking bus
    Then the children walking are "Tia, Max, Ava, Ben, Ned"
    And the grown-up count is 2

  Scenario: a grown-up steps out
    Given the grown-up count is 2
    When Kim joins the walking bus
    And Jay joins the walking bus
    And Ola joins the walking bus
    And a grown-up steps out
    Then the grown-up count is 1
    When Pat joins the walking bus
    And Kit joins the walking bus
    Then the walking bus refuses with "each grown-up can take 4 children"
    When a grown-up steps out
    Then the walking bus refuses with "too many children for the grown-ups left"
    And the grown-up count is 1

  Scenario: joining twice and leaving without joining
    Given the grown-up count is 1
    When Kit joins the walking bus
    And Kit joins the walking bus
    Then the walking bus refuses with "Kit is already walking"
    When Raj leaves the walking bus
    Then the walking bus refuses with "Raj is not walking"
    When Kit leaves the walking bus
    Then nobody is walking
    And the delivered count is 0

  Scenario: nobody to walk with
    Given the grown-up count is 1
    When Lou joins the walking bus
    And Ned joins the walking bus
    And Ned leaves the walking bus
    And Ava joins the walking bus
    And the walking bus reaches school
    Then the delivered count is 2
    When a grown-up steps out
    Then the grown-up count is 0
    When Kit joins the walking bus
    Then the walking bus refuses with "each grown-up can take 4 children"
