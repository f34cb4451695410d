Feature: Parcel delivery attempts

  Scenario: delivered on the third try
    Given a parcel for "Lena Fischer" is out for delivery
    When the courier finds nobody at home
    And the parcel goes out for delivery again
    And the courier finds nobody at home
    Then the tracking page says "missed, will try again"
    And the failed attempts are 2
    When the parcel goes out for delivery again
    And the courier hands the parcel over
    Then the tracking page says "delivered to Lena Fischer"
    And the failed attempts are 2

  Scenario: a second knock before the parcel is back on the van
    Given a parcel for "Sam Okoro" is out for delivery
    When the courier finds nobody at home
    And the courier finds nobody at home
    Then the update is refused with "the parcel is not out for delivery"
    And the failed attempts are 1
    When the parcel goes out for delivery again
    Then the tracking page says "out for delivery"
