Feature: Will the car fit in the garage
  A car fits if the garage is at least 60 cm longer than the car and at least
  70 cm wider, so the doors open and you can walk round it. We also give the
  room to spare in length, the garage length less the car length.

  Scenario Outline: checking a car against a garage
    Given a car <carlength> cm long and <carwidth> cm wide
    And a garage <garagelength> cm long and <garagewidth> cm wide
    When the fit is checked
    Then it fits: <fits>
    And the room to spare in length is <spare> cm

    Examples:
      | carlength | carwidth | garagelength | garagewidth | fits | spare |
      | 410       | 178      | 470          | 248         | yes  | 60    |
      | 410       | 178      | 469          | 260         | no   | 59    |
      | 395       | 176      | 520          | 245         | no   | 125   |
      | 470       | 195      | 600          | 300         | yes  | 130   |
      | 520       | 200      | 510          | 280         | no   | -10   |
      | 360       | 165      | 430          | 235         | yes  | 70    |
