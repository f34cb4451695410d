Feature: Driving range card
  A small bucket of balls costs 3 credits and a large bucket 5. The card can be topped
  up with 10 or 25 credits. A bucket the credits cannot cover is refused. The card counts
  the buckets bought in a visit, and every fourth bucket is free, whatever its size.

  Scenario: four large buckets
    Given a range card with 20 credits
    When a large bucket is bought
    And a large bucket is bought
    And a large bucket is bought
    Then the card balance is 5
    When a large bucket is bought
    Then the card balance is 5
    When a small bucket is bought
    Then the card balance is 2

  Scenario: topping up at the desk
    Given a range card with 2 credits
    When a small bucket is bought
    Then the card reader says "not enough credits: 2 on the card"
    When the card is topped up with 25 credits
    And a large bucket is bought
    Then the card balance is 22

  Scenario: an odd top-up
    Given a range card with 7 credits
    When the card is topped up with 20 credits
    Then the card reader says "top-ups are 10 or 25 credits"
    When a small bucket is bought
    And a small bucket is bought
    Then the card balance is 1
    When the card is topped up with 10 credits
    Then the card balance is 11
