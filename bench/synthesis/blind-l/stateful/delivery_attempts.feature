Feature: Parcel delivery attempts

  Scenario: nobody in
    Given a parcel for "Omar Haddad" is out for delivery
    When the courier finds nobody at home
    Then the tracking page says "missed, will try again"
    And the failed attempts are 1

  Scenario: delivered first time
    Given a parcel for "Omar Haddad" is out for delivery
    When the courier hands the parcel over
    Then the tracking page says "delivered to Omar Haddad"
    And the failed attempts are 0

  Scenario: three missed attempts
    Given a parcel for "Omar Haddad" is out for delivery
    When the courier finds nobody at home
    And the parcel goes out for delivery again
    And the courier finds nobody at home
    And the parcel goes out for delivery again
    And the courier finds nobody at home
    Then the tracking page says "back at the depot"
    And the failed attempts are 3
    When the courier finds nobody at home
    Then the update is refused with "the parcel is not out for delivery"
    And the failed attempts are 3

  Scenario: second time lucky
    Given a parcel for "Omar Haddad" is out for delivery
    When the courier finds nobody at home
    And the courier hands the parcel over
    Then the update is refused with "the parcel is not out for delivery"
    When the parcel goes out for delivery again
    Then the tracking page says "out for delivery"
    When the courier hands the parcel over
    Then the tracking page says "delivered to Omar Haddad"
    And the failed attempts are 1

  Scenario: nothing more after delivery
    Given a parcel for "Omar Haddad" is out for delivery
    When the courier hands the parcel over
    And the parcel goes out for delivery again
    Then the update is refused with "the parcel was already delivered"
    And the tracking page says "delivered to Omar Haddad"
