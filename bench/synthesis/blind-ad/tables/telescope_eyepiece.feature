Feature: Telescope eyepieces
  The magnification is the focal length of the telescope divided by that of the
  eyepiece, to the nearest whole number. Anything over twice the aperture in millimetres
  is more than the telescope can usefully show.

  Scenario Outline: fitting an eyepiece
    Given a telescope with a focal length of <scope> mm and an aperture of <aperture> mm
    And an eyepiece with a focal length of <eyepiece> mm
    When the eyepiece is fitted
    Then the magnification is <power>
    And the view is useful: <useful>

    Examples:
      | scope | aperture | eyepiece | power | useful |
      | 900   | 114      | 25       | 36    | yes    |
      | 900   | 114      | 4        | 225   | yes    |
      | 1200  | 100      | 6        | 200   | yes    |
      | 1200  | 100      | 5        | 240   | no     |
      | 650   | 130      | 5        | 130   | yes    |
      | 650   | 70       | 7        | 93    | yes    |
      | 400   | 60       | 3        | 133   | no     |
      | 1000  | 99       | 5        | 200   | no     |
      | 1000  | 102      | 6        | 167   | yes    |
