Feature: Driving range card
  A small bucket of balls costs 3 credits and a large bucket 5. The card can be topped
  up with 10 or 25 credits. A bucket the credits cannot cover is refused. The card counts
  the buckets bought in a visit, and every fourth bucket is free, whatever its size.

  Scenario: a practice session
    Given a range card with 12 credits
    When a small bucket is bought
    And a large bucket is bought
    Then the card balance is 4
    When a small bucket is bought
    Then the card balance is 1

  Scenario: running short
    Given a range card with 4 credits
    When a large bucket is bought
    Then the card reader says "not enough credits: 4 on the card"
    When a small bucket is bought
    Then the card balance is 1
    When a small bucket is bought
    Then the card reader says "not enough credits: 1 on the card"
    When the card is topped up with 10 credits
    And a small bucket is bought
    Then the card balance is 8

  Scenario: the fourth bucket is free
    Given a range card with 30 credits
    When a small bucket is bought
    And a small bucket is bought
    And a large bucket is bought
    Then the card balance is 19
    When a large bucket is bought
    Then the card balance is 19
    When a small bucket is bought
    Then the card balance is 16

  Scenario: topping up
    Given a range card with 0 credits
    When the card is topped up with 25 credits
    Then the card balance is 25
    When the card is topped up with 15 credits
    Then the card reader says "top-ups are 10 or 25 credits"
    When the card is topped up with 10 credits
    Then the card balance is 35

  Scenario: a free bucket on an empty card
    Given a range card with 11 credits
    When a small bucket is bought
    And a small bucket is bought
    And a large bucket is bought
    Then the card balance is 0
    When a large bucket is bought
    Then the card balance is 0
    When a large bucket is bought
    Then the card reader says "not enough credits: 0 on the card"
