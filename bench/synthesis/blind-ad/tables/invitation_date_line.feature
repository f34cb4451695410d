Feature: Invitation date line
  Invitations give the date as the weekday, the day of the month with its ending (1st,
  2nd, 3rd, 4th, but 11th, 12th and 13th), the name of the month and the year.

  Scenario Outline: printing the date
    Given the party is on "<date>"
    When the invitation is printed
    Then the date line reads "<line>"

    Examples:
      | date       | line                         |
      | 2027-08-21 | Saturday 21st August 2027    |
      | 2027-05-01 | Saturday 1st May 2027        |
      | 2027-06-02 | Wednesday 2nd June 2027      |
      | 2027-10-03 | Sunday 3rd October 2027      |
      | 2027-09-11 | Saturday 11th September 2027 |
      | 2027-12-12 | Sunday 12th December 2027    |
      | 2028-01-13 | Thursday 13th January 2028   |
      | 2027-07-22 | Thursday 22nd July 2027      |
      | 2027-03-31 | Wednesday 31st March 2027    |
